package oauth

import (
	"context"
	"encoding/json"

	"golang.org/x/oauth2"

	"github.com/teamwharf/teamwharf/server/config"
)

// GitLab SSO provider. Only registered when GitLabSettings.Enable is true.
type GitLabProvider struct {
	conf    *oauth2.Config
	userURL string
}

func NewGitLab(s config.SSOSettings, siteURL string) *GitLabProvider {
	if !s.Enable {
		return nil
	}
	return &GitLabProvider{
		conf: &oauth2.Config{
			ClientID:     s.Id,
			ClientSecret: s.Secret,
			Endpoint:     oauth2.Endpoint{AuthURL: s.AuthEndpoint, TokenURL: s.TokenEndpoint},
			RedirectURL:  siteURL + "/signup/gitlab/complete",
		},
		userURL: s.UserAPIEndpoint,
	}
}

func (g *GitLabProvider) UserInfo(ctx context.Context, code string) (map[string]interface{}, error) {
	tok, err := g.conf.Exchange(ctx, code)
	if err != nil {
		return nil, err
	}
	resp, err := g.conf.Client(ctx, tok).Get(g.userURL)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var u map[string]interface{}
	return u, json.NewDecoder(resp.Body).Decode(&u)
}
