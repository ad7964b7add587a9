// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package oidc

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/pkg/errors"
	"golang.org/x/oauth2"
	"golang.org/x/oauth2/github"
)

type Configuration struct {
	ID           string   `json:"id"`
	Provider     string   `json:"provider"`
	ClientID     string   `json:"client_id"`
	ClientSecret string   `json:"client_secret"`
	IssuerURL    string   `json:"issuer_url"`
	MapperURL    string   `json:"mapper_url"`
	Scope        []string `json:"scope"`
}

type Claims struct {
	Issuer        string `json:"iss"`
	Subject       string `json:"sub"`
	Name          string `json:"name,omitempty"`
	Email         string `json:"email,omitempty"`
	EmailVerified bool   `json:"email_verified,omitempty"`
}

type ProviderGitHub struct {
	config    *Configuration
	publicURL string
}

func NewProviderGitHub(config *Configuration, publicURL string) *ProviderGitHub {
	return &ProviderGitHub{config: config, publicURL: publicURL}
}

func (g *ProviderGitHub) oauth2(ctx context.Context) *oauth2.Config {
	return &oauth2.Config{
		ClientID:     g.config.ClientID,
		ClientSecret: g.config.ClientSecret,
		Endpoint:     github.Endpoint,
		Scopes:       g.config.Scope,
		RedirectURL:  fmt.Sprintf("%s/self-service/methods/oidc/callback/%s", g.publicURL, g.config.ID),
	}
}

func (g *ProviderGitHub) AuthCodeURL(ctx context.Context, state string) string {
	return g.oauth2(ctx).AuthCodeURL(state)
}

// Exchange swaps the code for a token at github.com/login/oauth/access_token.
func (g *ProviderGitHub) Exchange(ctx context.Context, code string) (*oauth2.Token, error) {
	return g.oauth2(ctx).Exchange(ctx, code)
}

// Claims loads the user profile from the GitHub REST API.
func (g *ProviderGitHub) Claims(ctx context.Context, token *oauth2.Token) (*Claims, error) {
	client := g.oauth2(ctx).Client(ctx, token)

	req, err := http.NewRequestWithContext(ctx, "GET", "https://api.github.com/user", nil)
	if err != nil {
		return nil, errors.WithStack(err)
	}
	req.Header.Set("Accept", "application/vnd.github+json")
	resp, err := client.Do(req)
	if err != nil {
		return nil, errors.WithStack(err)
	}
	defer resp.Body.Close()

	var user struct {
		ID    int64  `json:"id"`
		Login string `json:"login"`
		Name  string `json:"name"`
		Email string `json:"email"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&user); err != nil {
		return nil, errors.WithStack(err)
	}

	claims := &Claims{
		Issuer:  github.Endpoint.TokenURL,
		Subject: fmt.Sprintf("%d", user.ID),
		Name:    user.Name,
		Email:   user.Email,
	}

	if user.Email == "" {
		emailsReq, _ := http.NewRequestWithContext(ctx, "GET", "https://api.github.com/user/emails", nil)
		if er, err := client.Do(emailsReq); err == nil {
			defer er.Body.Close()
			var emails []struct {
				Email    string `json:"email"`
				Primary  bool   `json:"primary"`
				Verified bool   `json:"verified"`
			}
			_ = json.NewDecoder(er.Body).Decode(&emails)
			for _, e := range emails {
				if e.Primary {
					claims.Email, claims.EmailVerified = e.Email, e.Verified
				}
			}
		}
	}
	return claims, nil
}
