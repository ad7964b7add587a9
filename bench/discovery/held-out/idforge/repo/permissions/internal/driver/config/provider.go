// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package config

import (
	"fmt"
	"os"

	"github.com/knadh/koanf/parsers/yaml"
	"github.com/knadh/koanf/providers/file"
	"github.com/knadh/koanf/v2"
)

const (
	KeyDSN               = "dsn"
	KeyReadAPIHost       = "serve.read.host"
	KeyReadAPIPort       = "serve.read.port"
	KeyWriteAPIHost      = "serve.write.host"
	KeyWriteAPIPort      = "serve.write.port"
	KeyNamespacesLocation = "namespaces.location"
)

type Provider struct{ k *koanf.Koanf }

func New(files []string) (*Provider, error) {
	k := koanf.New(".")
	for _, f := range files {
		if err := k.Load(file.Provider(f), yaml.Parser()); err != nil {
			return nil, err
		}
	}
	if dsn := os.Getenv("DSN"); dsn != "" {
		_ = k.Set(KeyDSN, dsn)
	}
	return &Provider{k: k}, nil
}

func (p *Provider) DSN() string {
	if v := p.k.String(KeyDSN); v != "" && v != "memory" {
		return v
	}
	return "sqlite://file::memory:?_fk=true&cache=shared"
}

func (p *Provider) ReadAPIListenOn() string {
	return fmt.Sprintf("%s:%d", p.k.String(KeyReadAPIHost), p.portOr(KeyReadAPIPort, 4466))
}

func (p *Provider) WriteAPIListenOn() string {
	return fmt.Sprintf("%s:%d", p.k.String(KeyWriteAPIHost), p.portOr(KeyWriteAPIPort, 4467))
}

func (p *Provider) NamespaceLocation() string { return p.k.String(KeyNamespacesLocation) }

func (p *Provider) portOr(key string, def int) int {
	if v := p.k.Int(key); v != 0 {
		return v
	}
	return def
}
