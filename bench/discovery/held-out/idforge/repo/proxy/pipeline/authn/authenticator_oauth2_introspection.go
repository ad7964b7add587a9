// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package authn

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/pkg/errors"

	"github.com/idforge/idforge/proxy/driver/configuration"
)

type AuthenticatorOAuth2IntrospectionConfiguration struct {
	IntrospectionURL string   `json:"introspection_url"`
	ScopeStrategy    string   `json:"scope_strategy"`
	Scopes           []string `json:"required_scope"`
	Audience         []string `json:"target_audience"`
	Issuers          []string `json:"trusted_issuers"`
}

type AuthenticatorOAuth2Introspection struct {
	c      *configuration.Provider
	client *http.Client
}

func NewAuthenticatorOAuth2Introspection(c *configuration.Provider) *AuthenticatorOAuth2Introspection {
	return &AuthenticatorOAuth2Introspection{c: c, client: &http.Client{Timeout: 5 * time.Second}}
}

func (a *AuthenticatorOAuth2Introspection) GetID() string { return "oauth2_introspection" }

func (a *AuthenticatorOAuth2Introspection) Authenticate(r *http.Request, session *AuthenticationSession, config json.RawMessage) error {
	var cf AuthenticatorOAuth2IntrospectionConfiguration
	if err := a.c.PipelineConfig(configuration.AuthenticatorOAuth2IntrospectionConfig, config, &cf); err != nil {
		return err
	}

	token := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	if token == "" || token == r.Header.Get("Authorization") {
		return ErrAuthenticatorNotResponsible
	}

	body := url.Values{"token": {token}, "scope": {strings.Join(cf.Scopes, " ")}}
	req, err := http.NewRequestWithContext(r.Context(), http.MethodPost, cf.IntrospectionURL, strings.NewReader(body.Encode()))
	if err != nil {
		return errors.WithStack(err)
	}
	req.Header.Add("Content-Type", "application/x-www-form-urlencoded")

	resp, err := a.client.Do(req)
	if err != nil {
		return errors.WithStack(err)
	}
	defer resp.Body.Close()

	var i struct {
		Active   bool                   `json:"active"`
		Subject  string                 `json:"sub"`
		Scope    string                 `json:"scope"`
		Extra    map[string]interface{} `json:"ext"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&i); err != nil {
		return errors.WithStack(err)
	}
	if !i.Active {
		return errors.New("access token i from introspection is not active")
	}
	session.Subject = i.Subject
	session.Extra = i.Extra
	return nil
}
