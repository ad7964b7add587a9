package gitlab

import (
	"context"
	"fmt"

	"github.com/xanzy/go-gitlab"

	"go.woodpecker-ci.org/woodpecker/v2/server/model"
)

type Opts struct {
	URL          string
	ClientID     string
	ClientSecret string
}

type GitLab struct {
	url          string
	ClientID     string
	ClientSecret string
}

// New returns a GitLab forge. Only used when WOODPECKER_GITLAB=true.
func New(opts Opts) (*GitLab, error) {
	return &GitLab{url: opts.URL, ClientID: opts.ClientID, ClientSecret: opts.ClientSecret}, nil
}

func (g *GitLab) Name() string { return "gitlab" }
func (g *GitLab) URL() string  { return g.url }

func newClient(url, accessToken string) (*gitlab.Client, error) {
	return gitlab.NewOAuthClient(accessToken, gitlab.WithBaseURL(url))
}

func (g *GitLab) Repos(ctx context.Context, user *model.User) ([]*model.Repo, error) {
	client, err := newClient(g.url, user.Token)
	if err != nil {
		return nil, err
	}
	projects, _, err := client.Projects.ListProjects(&gitlab.ListProjectsOptions{Membership: gitlab.Bool(true)}, gitlab.WithContext(ctx))
	if err != nil {
		return nil, err
	}
	repos := make([]*model.Repo, 0, len(projects))
	for _, p := range projects {
		repos = append(repos, &model.Repo{ForgeID: fmt.Sprint(p.ID), FullName: p.PathWithNamespace, Clone: p.HTTPURLToRepo})
	}
	return repos, nil
}
