package gitea

import (
	"context"
	"crypto/tls"
	"fmt"
	"net/http"

	"code.gitea.io/sdk/gitea"
	"golang.org/x/oauth2"

	"go.woodpecker-ci.org/woodpecker/v2/server/model"
)

const (
	authorizeTokenURL = "%s/login/oauth/authorize"
	accessTokenURL    = "%s/login/oauth/access_token"
)

type Gitea struct {
	url        string
	ClientID   string
	ClientSecret string
	SkipVerify bool
}

type Opts struct {
	URL        string
	Client     string
	Secret     string
	SkipVerify bool
}

func New(opts Opts) (*Gitea, error) {
	return &Gitea{url: opts.URL, ClientID: opts.Client, ClientSecret: opts.Secret, SkipVerify: opts.SkipVerify}, nil
}

func (c *Gitea) Name() string { return "gitea" }
func (c *Gitea) URL() string  { return c.url }

func (c *Gitea) oauth2Config() *oauth2.Config {
	return &oauth2.Config{
		ClientID:     c.ClientID,
		ClientSecret: c.ClientSecret,
		Endpoint: oauth2.Endpoint{
			AuthURL:  fmt.Sprintf(authorizeTokenURL, c.url),
			TokenURL: fmt.Sprintf(accessTokenURL, c.url),
		},
	}
}

func (c *Gitea) newClientToken(ctx context.Context, token string) (*gitea.Client, error) {
	httpClient := &http.Client{}
	if c.SkipVerify {
		httpClient.Transport = &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}
	}
	return gitea.NewClient(c.url, gitea.SetToken(token), gitea.SetHTTPClient(httpClient), gitea.SetContext(ctx))
}

func (c *Gitea) Login(ctx context.Context, w http.ResponseWriter, req *http.Request) (*model.User, error) {
	code := req.FormValue("code")
	if code == "" {
		http.Redirect(w, req, c.oauth2Config().AuthCodeURL("woodpecker"), http.StatusSeeOther)
		return nil, nil
	}
	token, err := c.oauth2Config().Exchange(ctx, code)
	if err != nil {
		return nil, err
	}
	client, err := c.newClientToken(ctx, token.AccessToken)
	if err != nil {
		return nil, err
	}
	account, _, err := client.GetMyUserInfo()
	if err != nil {
		return nil, err
	}
	return &model.User{Login: account.UserName, Email: account.Email, Token: token.AccessToken, Secret: token.RefreshToken}, nil
}

func (c *Gitea) Repos(ctx context.Context, u *model.User) ([]*model.Repo, error) {
	client, err := c.newClientToken(ctx, u.Token)
	if err != nil {
		return nil, err
	}
	all, _, err := client.ListMyRepos(gitea.ListReposOptions{ListOptions: gitea.ListOptions{PageSize: 50}})
	if err != nil {
		return nil, err
	}
	repos := make([]*model.Repo, 0, len(all))
	for _, r := range all {
		repos = append(repos, &model.Repo{ForgeID: fmt.Sprint(r.ID), FullName: r.FullName, Clone: r.CloneURL})
	}
	return repos, nil
}

func (c *Gitea) File(ctx context.Context, u *model.User, r *model.Repo, p *model.Pipeline, f string) ([]byte, error) {
	client, err := c.newClientToken(ctx, u.Token)
	if err != nil {
		return nil, err
	}
	owner, name := split(r.FullName)
	cfg, _, err := client.GetFile(owner, name, p.Commit, f)
	return cfg, err
}

func (c *Gitea) Status(ctx context.Context, u *model.User, r *model.Repo, p *model.Pipeline) error {
	client, err := c.newClientToken(ctx, u.Token)
	if err != nil {
		return err
	}
	owner, name := split(r.FullName)
	_, _, err = client.CreateStatus(owner, name, p.Commit, gitea.CreateStatusOption{State: gitea.StatusState(p.Status), Context: "ci/woodpecker"})
	return err
}

// Activate registers a webhook in Gitea pointing back at <WOODPECKER_HOST>/api/hook.
func (c *Gitea) Activate(ctx context.Context, u *model.User, r *model.Repo, link string) error {
	client, err := c.newClientToken(ctx, u.Token)
	if err != nil {
		return err
	}
	owner, name := split(r.FullName)
	_, _, err = client.CreateRepoHook(owner, name, gitea.CreateHookOption{
		Type:   gitea.HookTypeGitea,
		Config: map[string]string{"url": link, "content_type": "json"},
		Events: []string{"push", "create", "pull_request"},
		Active: true,
	})
	return err
}

func (c *Gitea) Deactivate(ctx context.Context, u *model.User, r *model.Repo, link string) error {
	return nil
}

func (c *Gitea) Hook(ctx context.Context, r *http.Request) (*model.Repo, *model.Pipeline, error) {
	return parseHook(r)
}
