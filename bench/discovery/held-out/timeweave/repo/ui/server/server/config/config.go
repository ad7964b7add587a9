package config

import (
	"bytes"
	"os"
	"path/filepath"
	"text/template"

	"gopkg.in/yaml.v3"
)

type Config struct {
	Host                 string `yaml:"host"`
	Port                 int    `yaml:"port"`
	PublicPath           string `yaml:"publicPath"`
	TimeweaveGRPCAddress string `yaml:"timeweaveGrpcAddress"`
	DefaultNamespace     string `yaml:"defaultNamespace"`
	TLS                  TLS    `yaml:"tls"`
	Auth                 Auth   `yaml:"auth"`
	CORS                 CORS   `yaml:"cors"`
	EnableUI             bool   `yaml:"enableUi"`
}

type TLS struct {
	CaFile     string `yaml:"caFile"`
	CertFile   string `yaml:"certFile"`
	KeyFile    string `yaml:"keyFile"`
	ServerName string `yaml:"serverName"`
}

type Auth struct {
	Enabled   bool           `yaml:"enabled"`
	Providers []AuthProvider `yaml:"providers"`
}

type AuthProvider struct {
	Label        string   `yaml:"label"`
	Type         string   `yaml:"type"`
	ProviderURL  string   `yaml:"providerUrl"`
	IssuerURL    string   `yaml:"issuerUrl"`
	ClientID     string   `yaml:"clientId"`
	ClientSecret string   `yaml:"clientSecret"`
	Scopes       []string `yaml:"scopes"`
	CallbackURL  string   `yaml:"callbackUrl"`
}

type CORS struct {
	AllowOrigins []string `yaml:"allowOrigins"`
}

// Load renders <env>.yaml as a Go template with an `env` func (docker.yaml uses
// {{ env "TIMEWEAVE_ADDRESS" }}), then unmarshals it.
func Load(dir, env string) (*Config, error) {
	raw, err := os.ReadFile(filepath.Join(dir, env+".yaml"))
	if err != nil {
		return nil, err
	}
	tpl, err := template.New(env).Funcs(template.FuncMap{
		"env":     os.Getenv,
		"default": func(def, v string) string { if v == "" { return def }; return v },
	}).Parse(string(raw))
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := tpl.Execute(&buf, nil); err != nil {
		return nil, err
	}
	cfg := &Config{Host: "0.0.0.0", Port: 8080, TimeweaveGRPCAddress: "127.0.0.1:7233"}
	return cfg, yaml.Unmarshal(buf.Bytes(), cfg)
}
