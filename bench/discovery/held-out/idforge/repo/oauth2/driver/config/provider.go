// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package config

import (
	"fmt"
	"net/url"
	"os"
	"strings"

	"github.com/knadh/koanf/parsers/yaml"
	"github.com/knadh/koanf/providers/env"
	"github.com/knadh/koanf/providers/file"
	"github.com/knadh/koanf/v2"
)

const (
	KeyDSN                 = "dsn"
	KeyIssuerURL           = "urls.self.issuer"
	KeyPublicURL           = "urls.self.public"
	KeyAdminURL            = "urls.self.admin"
	KeyLoginURL            = "urls.login"
	KeyLogoutURL           = "urls.logout"
	KeyConsentURL          = "urls.consent"
	KeyErrorURL            = "urls.error"
	KeyPublicPort          = "serve.public.port"
	KeyAdminPort           = "serve.admin.port"
	KeyGetSystemSecret     = "secrets.system"
	KeyAccessTokenStrategy = "strategies.access_token"
)

type DefaultProvider struct {
	k *koanf.Koanf
}

func New(files []string) (*DefaultProvider, error) {
	k := koanf.New(".")
	for _, f := range files {
		if err := k.Load(file.Provider(f), yaml.Parser()); err != nil {
			return nil, err
		}
	}
	_ = k.Load(env.Provider("", ".", func(s string) string {
		return strings.ReplaceAll(strings.ToLower(s), "_", ".")
	}), nil)
	if v := os.Getenv("DSN"); v != "" {
		_ = k.Set(KeyDSN, v)
	}
	return &DefaultProvider{k: k}, nil
}

func (p *DefaultProvider) DSN() string {
	if dsn := p.k.String(KeyDSN); dsn != "memory" {
		return dsn
	}
	return "sqlite://file::memory:?_fk=true&cache=shared"
}

func (p *DefaultProvider) IssuerURL() *url.URL { return p.urlOf(KeyIssuerURL, "http://localhost:4444/") }

// LoginURL / ConsentURL are where the browser is redirected to; the
// login & consent app then calls back into the admin API.
func (p *DefaultProvider) LoginURL() *url.URL   { return p.urlOf(KeyLoginURL, "/oauth2/fallbacks/login") }
func (p *DefaultProvider) ConsentURL() *url.URL { return p.urlOf(KeyConsentURL, "/oauth2/fallbacks/consent") }
func (p *DefaultProvider) LogoutURL() *url.URL  { return p.urlOf(KeyLogoutURL, "/oauth2/fallbacks/logout") }

func (p *DefaultProvider) PublicListenOn() string { return fmt.Sprintf(":%d", p.intOr(KeyPublicPort, 4444)) }
func (p *DefaultProvider) AdminListenOn() string  { return fmt.Sprintf(":%d", p.intOr(KeyAdminPort, 4445)) }

func (p *DefaultProvider) urlOf(key, def string) *url.URL {
	raw := p.k.String(key)
	if raw == "" {
		raw = def
	}
	u, _ := url.Parse(raw)
	return u
}

func (p *DefaultProvider) intOr(key string, def int) int {
	if v := p.k.Int(key); v != 0 {
		return v
	}
	return def
}
