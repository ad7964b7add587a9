// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package authn

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/idforge/idforge/proxy/driver/configuration"
)

var ErrAuthenticatorNotResponsible = errors.New("authenticator not responsible")

type AuthenticationSession struct {
	Subject string                 `json:"subject"`
	Extra   map[string]interface{} `json:"extra"`
	Header  http.Header            `json:"header"`
}

type Authenticator interface {
	Authenticate(r *http.Request, session *AuthenticationSession, config json.RawMessage) error
	GetID() string
}

type AuthenticatorAnonymous struct{ c *configuration.Provider }

func NewAuthenticatorAnonymous(c *configuration.Provider) *AuthenticatorAnonymous {
	return &AuthenticatorAnonymous{c: c}
}

func (a *AuthenticatorAnonymous) GetID() string { return "anonymous" }

func (a *AuthenticatorAnonymous) Authenticate(r *http.Request, s *AuthenticationSession, config json.RawMessage) error {
	var cf struct {
		Subject string `json:"subject"`
	}
	if err := a.c.PipelineConfig(configuration.AuthenticatorAnonymousConfig, config, &cf); err != nil {
		return err
	}
	if r.Header.Get("Authorization") != "" {
		return ErrAuthenticatorNotResponsible
	}
	s.Subject = cf.Subject
	return nil
}

type AuthenticatorNoop struct{}

func NewAuthenticatorNoop() *AuthenticatorNoop { return &AuthenticatorNoop{} }
func (a *AuthenticatorNoop) GetID() string    { return "noop" }
func (a *AuthenticatorNoop) Authenticate(*http.Request, *AuthenticationSession, json.RawMessage) error {
	return nil
}
