package github

import (
	"context"
	"net/http"
	"strings"

	"github.com/google/go-github/v57/github"
	"golang.org/x/oauth2"

	"go.woodpecker-ci.org/woodpecker/v2/server/model"
)

const (
	defaultURL = "https://github.com"
	defaultAPI = "https://api.github.com/"
)

type Opts struct {
	URL    string
	Client string
	Secret string
}

type client struct {
	URL    string
	API    string
	Client string
	Secret string
}

// New returns a GitHub forge. Only used when WOODPECKER_GITHUB=true.
func New(opts Opts) (*client, error) {
	c := &client{URL: defaultURL, API: defaultAPI, Client: opts.Client, Secret: opts.Secret}
	if opts.URL != defaultURL {
		c.URL = strings.TrimSuffix(opts.URL, "/")
		c.API = c.URL + "/api/v3/"
	}
	return c, nil
}

func (c *client) Name() string { return "github" }
func (c *client) URL() string  { return c.URL }

func (c *client) newClientToken(ctx context.Context, token string) *github.Client {
	ts := oauth2.StaticTokenSource(&oauth2.Token{AccessToken: token})
	gh := github.NewClient(oauth2.NewClient(ctx, ts))
	gh.BaseURL, _ = gh.BaseURL.Parse(c.API)
	return gh
}

func (c *client) Repos(ctx context.Context, u *model.User) ([]*model.Repo, error) {
	gh := c.newClientToken(ctx, u.Token)
	list, _, err := gh.Repositories.List(ctx, "", &github.RepositoryListOptions{})
	if err != nil {
		return nil, err
	}
	out := make([]*model.Repo, 0, len(list))
	for _, r := range list {
		out = append(out, &model.Repo{FullName: r.GetFullName(), Clone: r.GetCloneURL()})
	}
	return out, nil
}

func (c *client) Status(ctx context.Context, u *model.User, r *model.Repo, p *model.Pipeline) error {
	gh := c.newClientToken(ctx, u.Token)
	owner, name, _ := strings.Cut(r.FullName, "/")
	_, _, err := gh.Repositories.CreateStatus(ctx, owner, name, p.Commit, &github.RepoStatus{State: github.String(string(p.Status))})
	return err
}

func (c *client) Login(ctx context.Context, w http.ResponseWriter, r *http.Request) (*model.User, error) {
	return nil, nil
}
