// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

// Package oauth2provider integrates the identity server with the Idforge
// OAuth2 server: when a login flow carries a login_challenge, the identity
// server accepts the login request on the OAuth2 admin API after the user
// authenticated.
package oauth2provider

import (
	"context"
	"net/http"
	"time"

	"github.com/pkg/errors"

	client "github.com/idforge/idforge/sdk/go"

	"github.com/idforge/idforge/identity/driver/config"
)

type (
	Client interface {
		AcceptLoginRequest(ctx context.Context, loginChallenge string, subject string, amr []string) (string, error)
		GetLoginRequest(ctx context.Context, loginChallenge string) (*client.OAuth2LoginRequest, error)
	}

	DefaultClient struct {
		c *config.Config
	}
)

func NewDefaultClient(c *config.Config) *DefaultClient {
	return &DefaultClient{c: c}
}

func (h *DefaultClient) getAdminAPIClient(ctx context.Context) (client.OAuth2API, error) {
	u := h.c.OAuth2ProviderURL(ctx)
	if u == nil {
		return nil, errors.New("oauth2_provider.url is not configured")
	}

	conf := client.NewConfiguration()
	conf.Servers = client.ServerConfigurations{{URL: u.String()}}
	for k, v := range h.c.OAuth2ProviderHeader(ctx) {
		conf.AddDefaultHeader(k, v)
	}
	conf.HTTPClient = &http.Client{Timeout: 10 * time.Second}
	return client.NewAPIClient(conf).OAuth2API, nil
}

func (h *DefaultClient) AcceptLoginRequest(ctx context.Context, loginChallenge string, subject string, amr []string) (string, error) {
	api, err := h.getAdminAPIClient(ctx)
	if err != nil {
		return "", err
	}
	remember := true
	body := client.AcceptOAuth2LoginRequest{Subject: subject, Remember: &remember, Amr: amr}

	resp, r, err := api.AcceptOAuth2LoginRequest(ctx).LoginChallenge(loginChallenge).AcceptOAuth2LoginRequest(body).Execute()
	if err != nil {
		return "", errors.Wrapf(err, "unable to accept OAuth 2.0 login request (status %v)", statusOf(r))
	}
	return resp.RedirectTo, nil
}

func (h *DefaultClient) GetLoginRequest(ctx context.Context, loginChallenge string) (*client.OAuth2LoginRequest, error) {
	api, err := h.getAdminAPIClient(ctx)
	if err != nil {
		return nil, err
	}
	lr, r, err := api.GetOAuth2LoginRequest(ctx).LoginChallenge(loginChallenge).Execute()
	if err != nil {
		return nil, errors.Wrapf(err, "unable to fetch OAuth 2.0 login request (status %v)", statusOf(r))
	}
	return lr, nil
}

func statusOf(r *http.Response) int {
	if r == nil {
		return 0
	}
	return r.StatusCode
}
