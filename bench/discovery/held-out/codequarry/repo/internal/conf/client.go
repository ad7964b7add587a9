// Package conf keeps the site configuration in sync. The frontend owns the
// configuration (stored in pgsql); every other service polls it from the
// frontend internal API.
package conf

import (
	"context"
	"encoding/json"
	"net/http"
	"sync"
	"time"

	"github.com/codequarry/codequarry/internal/api/internalapi"
	"github.com/codequarry/codequarry/internal/httpcli"
)

type SiteConfig struct {
	ExternalURL           string          `json:"externalURL"`
	AuthProviders         []json.RawMessage `json:"auth.providers"`
	SearchIndexEnabled    *bool           `json:"search.index.enabled"`
	CodeIntelAutoIndexing bool            `json:"codeIntelAutoIndexing.enabled"`
}

var (
	mu      sync.RWMutex
	current SiteConfig
)

// Get returns the latest known site configuration.
func Get() SiteConfig {
	mu.RLock()
	defer mu.RUnlock()
	return current
}

// Watch starts polling /.internal/configuration every 5s.
func Watch(ctx context.Context) {
	go func() {
		t := time.NewTicker(5 * time.Second)
		defer t.Stop()
		for {
			fetch(ctx)
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
}

func fetch(ctx context.Context) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, internalapi.FrontendURL("/configuration"), nil)
	if err != nil {
		return
	}
	resp, err := httpcli.InternalClient.Do(req)
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var raw struct{ Site SiteConfig }
	if json.NewDecoder(resp.Body).Decode(&raw) == nil {
		mu.Lock()
		current = raw.Site
		mu.Unlock()
	}
}
