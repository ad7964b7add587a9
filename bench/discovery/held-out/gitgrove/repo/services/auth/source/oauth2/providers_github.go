// Copyright 2021 The Gitgrove Authors. All rights reserved.
// SPDX-License-Identifier: MIT

package oauth2

import (
	"html/template"

	"code.gitgrove.io/gitgrove/modules/log"
	"code.gitgrove.io/gitgrove/modules/setting"
	"code.gitgrove.io/gitgrove/modules/svg"

	"github.com/markbates/goth"
	"github.com/markbates/goth/providers/github"
)

// GitHubProvider is a GothProvider for GitHub
type GitHubProvider struct {
	CustomProvider
}

// IconHTML returns icon HTML for this provider
func (githubProvider *GitHubProvider) IconHTML(size int) template.HTML {
	return svg.RenderHTML("octicon-mark-github", size, "tw-mr-2")
}

// CreateGothProvider creates a GothProvider from this Provider
func (githubProvider *GitHubProvider) CreateGothProvider(providerName, callbackURL string, source *Source) (goth.Provider, error) {
	custom := source.CustomURLMapping
	if custom == nil {
		// github.AuthURL   = "https://github.com/login/oauth/authorize"
		// github.TokenURL  = "https://github.com/login/oauth/access_token"
		// github.ProfileURL = "https://api.github.com/user"
		// github.EmailURL  = "https://api.github.com/user/emails"
		return github.New(source.ClientID, source.ClientSecret, callbackURL, source.Scopes...), nil
	}
	log.Trace("Using custom URL mapping for GitHub Enterprise source %q", providerName)
	return github.NewCustomisedURL(source.ClientID, source.ClientSecret, callbackURL, custom.AuthURL, custom.TokenURL, custom.ProfileURL, custom.EmailURL, source.Scopes...), nil
}

// NewGitHubProvider creates a new GitHubProvider
func NewGitHubProvider() *GitHubProvider {
	return &GitHubProvider{
		CustomProvider: NewCustomProvider("github", "GitHub", &CustomURLSettings{
			TokenURL:   availableAttribute(github.TokenURL),
			AuthURL:    availableAttribute(github.AuthURL),
			ProfileURL: availableAttribute(github.ProfileURL),
			EmailURL:   availableAttribute(github.EmailURL),
		}),
	}
}

func init() {
	RegisterGothProvider(NewGitHubProvider())
	_ = setting.OAuth2Client
}
