package main

import (
	"net/http"
	"sync"

	"github.com/teamwharf/teamwharf/server/model"
)

// Plugin is loaded into the Teamwharf server process by the plugin supervisor.
type Plugin struct {
	mu            sync.RWMutex
	configuration *configuration
	client        *githubClient
}

type configuration struct {
	GitHubURL               string
	GitHubOAuthClientID     string
	GitHubOAuthClientSecret string
	WebhookSecret           string
}

func (p *Plugin) OnConfigurationChange(cfg *configuration) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.configuration = cfg
	c, err := newGitHubClient(cfg.GitHubURL, cfg.GitHubOAuthClientID, cfg.GitHubOAuthClientSecret)
	if err != nil {
		return err
	}
	p.client = c
	return nil
}

// MessageHasBeenPosted expands "org/repo#123" references into issue titles.
func (p *Plugin) MessageHasBeenPosted(post *model.Post) *model.Post {
	owner, repo, num, ok := parseIssueRef(post.Message)
	if !ok {
		return nil
	}
	title, err := p.client.IssueTitle(owner, repo, num)
	if err != nil {
		return nil
	}
	return &model.Post{ChannelId: post.ChannelId, Message: "> " + title}
}

// ServeHTTP receives GitHub webhook deliveries via /plugins/com.teamwharf.github/webhook.
func (p *Plugin) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/webhook" {
		http.NotFound(w, r)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func main() {}
