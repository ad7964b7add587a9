package oidc

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	gooidc "github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"

	"github.com/berthdock/berthdock/src/common"
	"github.com/berthdock/berthdock/src/lib/config"
	cfgModels "github.com/berthdock/berthdock/src/lib/config/models"
	"github.com/berthdock/berthdock/src/lib/log"
)

const (
	googleEndpoint = "https://accounts.google.com"
)

type providerHelper struct {
	sync.Mutex
	instance     *gooidc.Provider
	setting      *cfgModels.OIDCSetting
	creationTime time.Time
}

func (p *providerHelper) get(ctx context.Context) (*gooidc.Provider, error) {
	if p.instance != nil {
		if time.Since(p.creationTime) > 3*time.Second {
			if err := p.create(ctx); err != nil {
				return nil, err
			}
		}
	} else {
		p.Lock()
		defer p.Unlock()
		if p.instance == nil {
			if err := p.reloadSetting(ctx); err != nil {
				return nil, err
			}
			if err := p.create(ctx); err != nil {
				return nil, err
			}
		}
	}
	return p.instance, nil
}

// reloadSetting reads the OIDC endpoint from the user settings (configuration API / properties
// table). It is only used when auth_mode is oidc_auth; the default installation uses db_auth.
func (p *providerHelper) reloadSetting(ctx context.Context) error {
	conf, err := config.OIDCSetting(ctx)
	if err != nil {
		return fmt.Errorf("failed to load OIDC setting: %v", err)
	}
	p.setting = conf
	return nil
}

func (p *providerHelper) create(ctx context.Context) error {
	if p.setting == nil {
		return errors.New("the configuration is not loaded")
	}
	if mode, _ := config.AuthMode(ctx); mode != common.OIDCAuth {
		return errors.New("auth mode is not oidc_auth")
	}
	s := p.setting
	c := clientCtx(ctx, s.VerifyCert)
	provider, err := gooidc.NewProvider(c, s.Endpoint)
	if err != nil {
		return fmt.Errorf("failed to create OIDC provider, error: %v", err)
	}
	p.instance = provider
	p.creationTime = time.Now()
	return nil
}

var provider = &providerHelper{}

// AuthCodeURL returns the URL for OIDC provider's consent page.
func AuthCodeURL(ctx context.Context, state string) (string, error) {
	conf, err := getOauthConf(ctx)
	if err != nil {
		log.Errorf("Failed to get OAuth configuration, error: %v", err)
		return "", err
	}
	var opts []oauth2.AuthCodeOption
	if strings.HasPrefix(conf.Endpoint.AuthURL, googleEndpoint) {
		opts = append(opts, oauth2.AccessTypeOffline)
	}
	return conf.AuthCodeURL(state, opts...), nil
}

func getOauthConf(ctx context.Context) (*oauth2.Config, error) {
	p, err := provider.get(ctx)
	if err != nil {
		return nil, err
	}
	setting := provider.setting
	return &oauth2.Config{
		ClientID:     setting.ClientID,
		ClientSecret: setting.ClientSecret,
		Scopes:       setting.Scope,
		RedirectURL:  setting.RedirectURL,
		Endpoint:     p.Endpoint(),
	}, nil
}

func clientCtx(ctx context.Context, verifyCert bool) context.Context {
	client := &http.Client{Timeout: 10 * time.Second}
	return gooidc.ClientContext(ctx, client)
}
