// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package rule

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"strings"

	"github.com/pkg/errors"
	"github.com/sirupsen/logrus"
	"gopkg.in/yaml.v3"

	"github.com/idforge/idforge/proxy/driver/configuration"
)

type (
	Handler struct {
		Handler string          `json:"handler" yaml:"handler"`
		Config  json.RawMessage `json:"config" yaml:"config"`
	}

	Upstream struct {
		PreserveHost bool   `json:"preserve_host" yaml:"preserve_host"`
		StripPath    string `json:"strip_path" yaml:"strip_path"`
		URL          string `json:"url" yaml:"url"`
	}

	Match struct {
		Methods []string `json:"methods" yaml:"methods"`
		URL     string   `json:"url" yaml:"url"`
	}

	Rule struct {
		ID             string    `json:"id" yaml:"id"`
		Match          Match     `json:"match" yaml:"match"`
		Authenticators []Handler `json:"authenticators" yaml:"authenticators"`
		Authorizer     Handler   `json:"authorizer" yaml:"authorizer"`
		Mutators       []Handler `json:"mutators" yaml:"mutators"`
		Upstream       Upstream  `json:"upstream" yaml:"upstream"`
	}

	FetcherDefault struct {
		c *configuration.Provider
		l *logrus.Logger
	}
)

func NewFetcherDefault(c *configuration.Provider, l *logrus.Logger) *FetcherDefault {
	return &FetcherDefault{c: c, l: l}
}

// Fetch loads access rules from each repository (file://, http(s)://).
func (f *FetcherDefault) Fetch(ctx context.Context) ([]Rule, error) {
	var all []Rule
	for _, repo := range f.c.AccessRuleRepositories() {
		var raw []byte
		var err error
		switch {
		case strings.HasPrefix(repo, "file://"):
			raw, err = os.ReadFile(strings.TrimPrefix(repo, "file://"))
		case strings.HasPrefix(repo, "http://"), strings.HasPrefix(repo, "https://"):
			var res *http.Response
			res, err = http.Get(repo)
			if err == nil {
				defer res.Body.Close()
				raw = make([]byte, 0)
				err = yaml.NewDecoder(res.Body).Decode(&all)
				continue
			}
		default:
			err = errors.Errorf("unsupported access rule repository %s", repo)
		}
		if err != nil {
			return nil, err
		}
		var rules []Rule
		if err := yaml.Unmarshal(raw, &rules); err != nil {
			return nil, errors.WithStack(err)
		}
		f.l.Infof("Loaded %d access rules from %s", len(rules), repo)
		all = append(all, rules...)
	}
	return all, nil
}
