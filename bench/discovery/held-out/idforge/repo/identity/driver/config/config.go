// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package config

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/knadh/koanf/parsers/yaml"
	"github.com/knadh/koanf/providers/env"
	"github.com/knadh/koanf/providers/file"
	"github.com/knadh/koanf/v2"
	"github.com/spf13/pflag"
)

const (
	DefaultIdentityTraitsSchemaID          = "default"
	DefaultBrowserReturnURL                = "default_browser_return_url"
	FlagDSN                                = "dsn"
	FlagConfig                             = "config"
	ViperKeyDSN                            = "dsn"
	ViperKeyCourierSMTPURL                 = "courier.smtp.connection_uri"
	ViperKeyCourierSMTPFrom                = "courier.smtp.from_address"
	ViperKeyCourierSMTPFromName            = "courier.smtp.from_name"
	ViperKeyCourierDeliveryStrategy        = "courier.delivery_strategy"
	ViperKeyCourierHTTPRequestConfig       = "courier.http.request_config"
	ViperKeyPublicBaseURL                  = "serve.public.base_url"
	ViperKeyPublicPort                     = "serve.public.port"
	ViperKeyAdminBaseURL                   = "serve.admin.base_url"
	ViperKeyAdminPort                      = "serve.admin.port"
	ViperKeyIdentitySchemas                = "identity.schemas"
	ViperKeyDefaultIdentitySchemaID        = "identity.default_schema_id"
	ViperKeySelfServiceBrowserDefaultReturnTo = "selfservice." + DefaultBrowserReturnURL
	ViperKeySelfServiceLoginUI             = "selfservice.flows.login.ui_url"
	ViperKeySelfServiceRegistrationUI      = "selfservice.flows.registration.ui_url"
	ViperKeySelfServiceSettingsURL         = "selfservice.flows.settings.ui_url"
	ViperKeySelfServiceErrorUI             = "selfservice.flows.error.ui_url"
	ViperKeySelfServiceStrategyConfig      = "selfservice.methods"
	ViperKeyOAuth2ProviderURL              = "oauth2_provider.url"
	ViperKeyOAuth2ProviderHeader           = "oauth2_provider.headers"
	ViperKeySecretsCookie                  = "secrets.cookie"
	ViperKeySecretsCipher                  = "secrets.cipher"
)

type (
	Config struct {
		k *koanf.Koanf
	}

	Schema struct {
		ID  string `json:"id"`
		URL string `json:"url"`
	}
	Schemas []Schema

	SelfServiceHook struct {
		Name   string          `json:"hook"`
		Config json.RawMessage `json:"config"`
	}

	SMTPConfig struct {
		ConnectionURI string
		FromAddress   string
		FromName      string
	}
)

func RegisterConfigFlag(flags *pflag.FlagSet) {
	flags.StringSliceP(FlagConfig, "c", []string{}, "Config files to load, overwriting in the order specified.")
	flags.String(FlagDSN, "", "Sets the data source name.")
}

// New loads the configuration from the given files and overlays environment
// variables (e.g. DSN, COURIER_SMTP_CONNECTION_URI, OAUTH2_PROVIDER_URL).
func New(ctx context.Context, flags *pflag.FlagSet) (*Config, error) {
	k := koanf.New(".")
	files, _ := flags.GetStringSlice(FlagConfig)
	for _, f := range files {
		if err := k.Load(file.Provider(f), yaml.Parser()); err != nil {
			return nil, fmt.Errorf("unable to load config file %s: %w", f, err)
		}
	}
	if err := k.Load(env.Provider("", ".", func(s string) string {
		return strings.ReplaceAll(strings.ToLower(s), "_", ".")
	}), nil); err != nil {
		return nil, err
	}
	if dsn, _ := flags.GetString(FlagDSN); dsn != "" {
		_ = k.Set(ViperKeyDSN, dsn)
	}
	if v := os.Getenv("DSN"); v != "" {
		_ = k.Set(ViperKeyDSN, v)
	}
	return &Config{k: k}, nil
}

func (p *Config) DSN(ctx context.Context) string {
	dsn := p.k.String(ViperKeyDSN)
	if dsn == "memory" {
		return "sqlite://file::memory:?_fk=true&cache=shared"
	}
	return dsn
}

func (p *Config) CourierSMTP(ctx context.Context) *SMTPConfig {
	return &SMTPConfig{
		ConnectionURI: p.k.String(ViperKeyCourierSMTPURL),
		FromAddress:   p.k.String(ViperKeyCourierSMTPFrom),
		FromName:      p.k.String(ViperKeyCourierSMTPFromName),
	}
}

func (p *Config) CourierSMTPURL(ctx context.Context) (*url.URL, error) {
	return url.Parse(p.k.String(ViperKeyCourierSMTPURL))
}

// OAuth2ProviderURL is the admin URL of the Idforge OAuth2 server. When set,
// login flows carrying a login_challenge are accepted there.
func (p *Config) OAuth2ProviderURL(ctx context.Context) *url.URL {
	raw := p.k.String(ViperKeyOAuth2ProviderURL)
	if raw == "" {
		return nil
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil
	}
	return u
}

func (p *Config) OAuth2ProviderHeader(ctx context.Context) map[string]string {
	return p.k.StringMap(ViperKeyOAuth2ProviderHeader)
}

func (p *Config) SelfPublicURL(ctx context.Context) *url.URL {
	u, _ := url.Parse(p.k.String(ViperKeyPublicBaseURL))
	return u
}

func (p *Config) SelfAdminURL(ctx context.Context) *url.URL {
	u, _ := url.Parse(p.k.String(ViperKeyAdminBaseURL))
	return u
}

func (p *Config) PublicListenOn(ctx context.Context) string {
	return fmt.Sprintf(":%d", p.intOr(ViperKeyPublicPort, 4433))
}

func (p *Config) AdminListenOn(ctx context.Context) string {
	return fmt.Sprintf(":%d", p.intOr(ViperKeyAdminPort, 4434))
}

func (p *Config) SelfServiceFlowLoginUI(ctx context.Context) *url.URL {
	u, _ := url.Parse(p.k.String(ViperKeySelfServiceLoginUI))
	return u
}

func (p *Config) SelfServiceFlowRegistrationAfterHooks(ctx context.Context, strategy string) []SelfServiceHook {
	var hooks []SelfServiceHook
	_ = p.k.Unmarshal(fmt.Sprintf("selfservice.flows.registration.after.%s.hooks", strategy), &hooks)
	return hooks
}

func (p *Config) SelfServiceStrategy(ctx context.Context, strategy string) json.RawMessage {
	raw, _ := json.Marshal(p.k.Get(ViperKeySelfServiceStrategyConfig + "." + strategy + ".config"))
	return raw
}

func (p *Config) IdentityTraitsSchemas(ctx context.Context) (Schemas, error) {
	var ss Schemas
	if err := p.k.Unmarshal(ViperKeyIdentitySchemas, &ss); err != nil {
		return nil, err
	}
	return ss, nil
}

func (p *Config) SessionLifespan(ctx context.Context) time.Duration {
	if d := p.k.Duration("session.lifespan"); d > 0 {
		return d
	}
	return 24 * time.Hour
}

func (p *Config) intOr(key string, def int) int {
	if v := p.k.Int(key); v != 0 {
		return v
	}
	return def
}
