// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package authz

import (
	"bytes"
	"encoding/json"
	"net/http"
	"text/template"
	"time"

	"github.com/pkg/errors"

	"github.com/idforge/idforge/proxy/driver/configuration"
	"github.com/idforge/idforge/proxy/pipeline/authn"
)

type Authorizer interface {
	Authorize(r *http.Request, session *authn.AuthenticationSession, config json.RawMessage) error
	GetID() string
}

type AuthorizerAllow struct{}

func NewAuthorizerAllow() *AuthorizerAllow { return &AuthorizerAllow{} }
func (a *AuthorizerAllow) GetID() string  { return "allow" }
func (a *AuthorizerAllow) Authorize(*http.Request, *authn.AuthenticationSession, json.RawMessage) error {
	return nil
}

// AuthorizerRemoteJSONConfiguration represents a configuration for the remote_json authorizer.
type AuthorizerRemoteJSONConfiguration struct {
	Remote  string `json:"remote"`
	Payload string `json:"payload"`
	ForwardResponseHeadersToUpstream []string `json:"forward_response_headers_to_upstream"`
}

type AuthorizerRemoteJSON struct {
	c      *configuration.Provider
	client *http.Client
}

func NewAuthorizerRemoteJSON(c *configuration.Provider) *AuthorizerRemoteJSON {
	return &AuthorizerRemoteJSON{c: c, client: &http.Client{Timeout: 2 * time.Second}}
}

func (a *AuthorizerRemoteJSON) GetID() string { return "remote_json" }

// Authorize renders the payload template with the session and POSTs it to
// the remote (e.g. the permissions service check endpoint).
func (a *AuthorizerRemoteJSON) Authorize(r *http.Request, session *authn.AuthenticationSession, config json.RawMessage) error {
	var cf AuthorizerRemoteJSONConfiguration
	if err := a.c.PipelineConfig(configuration.AuthorizerRemoteJSONConfig, config, &cf); err != nil {
		return err
	}

	t, err := template.New("payload").Parse(cf.Payload)
	if err != nil {
		return errors.WithStack(err)
	}
	var body bytes.Buffer
	if err := t.Execute(&body, session); err != nil {
		return errors.WithStack(err)
	}

	req, err := http.NewRequestWithContext(r.Context(), http.MethodPost, cf.Remote, &body)
	if err != nil {
		return errors.WithStack(err)
	}
	req.Header.Add("Content-Type", "application/json")

	res, err := a.client.Do(req)
	if err != nil {
		return errors.WithStack(err)
	}
	defer res.Body.Close()

	switch res.StatusCode {
	case http.StatusOK:
		return nil
	case http.StatusForbidden:
		return errors.New("forbidden")
	default:
		return errors.Errorf("expected status code %d but got %d", http.StatusOK, res.StatusCode)
	}
}
