// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package configuration

import (
	"encoding/json"

	"github.com/knadh/koanf/parsers/yaml"
	"github.com/knadh/koanf/providers/env"
	"github.com/knadh/koanf/providers/file"
	"github.com/knadh/koanf/v2"
)

const (
	ProxyServePort           = "serve.proxy.port"
	APIServePort             = "serve.api.port"
	AccessRuleRepositories   = "access_rules.repositories"
	AccessRuleMatchingStrategy = "access_rules.matching_strategy"

	AuthenticatorCookieSessionIsEnabled = "authenticators.cookie_session.enabled"
	AuthenticatorCookieSessionConfig    = "authenticators.cookie_session.config"
	AuthenticatorOAuth2IntrospectionConfig = "authenticators.oauth2_introspection.config"
	AuthenticatorAnonymousConfig        = "authenticators.anonymous.config"
	AuthorizerRemoteJSONConfig          = "authorizers.remote_json.config"
	MutatorIDTokenConfig                = "mutators.id_token.config"
)

type Provider struct{ k *koanf.Koanf }

func New(path string) (*Provider, error) {
	k := koanf.New(".")
	if path != "" {
		if err := k.Load(file.Provider(path), yaml.Parser()); err != nil {
			return nil, err
		}
	}
	_ = k.Load(env.Provider("", "_", nil), nil)
	return &Provider{k: k}, nil
}

func (p *Provider) ProxyServePort() int {
	if v := p.k.Int(ProxyServePort); v != 0 {
		return v
	}
	return 4455
}

func (p *Provider) AccessRuleRepositories() []string {
	return p.k.Strings(AccessRuleRepositories)
}

// PipelineConfig decodes the handler configuration (e.g.
// authenticators.cookie_session.config) into dst, optionally overridden by
// the per-rule config.
func (p *Provider) PipelineConfig(key string, override json.RawMessage, dst interface{}) error {
	raw, err := json.Marshal(p.k.Get(key))
	if err != nil {
		return err
	}
	if err := json.Unmarshal(raw, dst); err != nil {
		return err
	}
	if len(override) > 0 {
		return json.Unmarshal(override, dst)
	}
	return nil
}
