// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package authn

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/pkg/errors"
	"github.com/tidwall/gjson"

	"github.com/idforge/idforge/proxy/driver/configuration"
)

type AuthenticatorCookieSessionConfiguration struct {
	Only            []string          `json:"only"`
	CheckSessionURL string            `json:"check_session_url"`
	PreserveQuery   bool              `json:"preserve_query"`
	PreservePath    bool              `json:"preserve_path"`
	ExtraFrom       string            `json:"extra_from"`
	SubjectFrom     string            `json:"subject_from"`
	ForwardHTTPHeaders []string       `json:"forward_http_headers"`
	SetHeaders      map[string]string `json:"additional_headers"`
}

type AuthenticatorCookieSession struct {
	c      *configuration.Provider
	client *http.Client
}

func NewAuthenticatorCookieSession(c *configuration.Provider) *AuthenticatorCookieSession {
	return &AuthenticatorCookieSession{c: c, client: &http.Client{Timeout: 5 * time.Second}}
}

func (a *AuthenticatorCookieSession) GetID() string { return "cookie_session" }

// Authenticate forwards the request's cookies to check_session_url
// (the identity server's /sessions/whoami) and extracts the subject.
func (a *AuthenticatorCookieSession) Authenticate(r *http.Request, session *AuthenticationSession, config json.RawMessage) error {
	var cf AuthenticatorCookieSessionConfiguration
	if err := a.c.PipelineConfig(configuration.AuthenticatorCookieSessionConfig, config, &cf); err != nil {
		return err
	}
	if !cookieSessionResponsible(r, cf.Only) {
		return ErrAuthenticatorNotResponsible
	}

	body, err := a.forwardRequestToSessionStore(r, cf)
	if err != nil {
		return err
	}

	session.Subject = gjson.GetBytes(body, cf.SubjectFrom).String()
	extra := map[string]interface{}{}
	_ = json.Unmarshal([]byte(gjson.GetBytes(body, cf.ExtraFrom).Raw), &extra)
	session.Extra = extra
	return nil
}

func (a *AuthenticatorCookieSession) forwardRequestToSessionStore(r *http.Request, cf AuthenticatorCookieSessionConfiguration) ([]byte, error) {
	reqURL, err := url.Parse(cf.CheckSessionURL)
	if err != nil {
		return nil, errors.WithStack(err)
	}
	if !cf.PreservePath {
		reqURL.Path = r.URL.Path
	}

	req, err := http.NewRequestWithContext(r.Context(), http.MethodGet, reqURL.String(), nil)
	if err != nil {
		return nil, errors.WithStack(err)
	}
	req.Header.Set("Cookie", r.Header.Get("Cookie"))
	for _, h := range cf.ForwardHTTPHeaders {
		req.Header.Set(h, r.Header.Get(h))
	}

	res, err := a.client.Do(req)
	if err != nil {
		return nil, errors.WithStack(err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return nil, errors.Errorf("session store returned status %d", res.StatusCode)
	}
	return io.ReadAll(res.Body)
}

func cookieSessionResponsible(r *http.Request, only []string) bool {
	if len(only) == 0 {
		return len(r.Cookies()) > 0
	}
	for _, name := range only {
		if _, err := r.Cookie(name); err == nil {
			return true
		}
	}
	return false
}
