//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

// Package proxyauth implements security-proxy-auth, the nginx auth_request target. nginx sends
// each inbound API request's Authorization header here; the JWT is validated against the Vault
// identity secrets engine (OIDC token introspection).
package proxyauth

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap"
	"github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/flags"
	"github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/handlers"
	"github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/interfaces"
	"github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/startup"
	bootstrapConfig "github.com/fieldmesh/go-mod-bootstrap/v3/config"
	"github.com/fieldmesh/go-mod-bootstrap/v3/di"
	"github.com/fieldmesh/go-mod-core-contracts/v3/common"
	"github.com/labstack/echo/v4"

	fieldmesh "github.com/fieldmesh/fieldmesh-go/v3"
)

const serviceKey = "security-proxy-auth"

type SecretStoreInfo struct {
	Type      string
	Protocol  string
	Host      string
	Port      int
	TokenFile string
}

type ConfigurationStruct struct {
	Writable    struct{ LogLevel string }
	Registry    bootstrapConfig.RegistryInfo
	Service     bootstrapConfig.ServiceInfo
	SecretStore SecretStoreInfo
}

func Main(ctx context.Context, cancel context.CancelFunc, router *echo.Echo) {
	startupTimer := startup.NewStartUpTimer(serviceKey)
	f := flags.New()
	f.Parse(os.Args[1:])

	configuration := &ConfigurationStruct{}
	dic := di.NewContainer(di.ServiceConstructorMap{"ProxyAuthConfiguration": func(get di.Get) interface{} { return configuration }})
	httpServer := handlers.NewHttpServer(router, true, serviceKey)

	bootstrap.Run(ctx, cancel, f, serviceKey, common.ConfigStemSecurity, configuration, startupTimer, dic, true,
		bootstrapConfig.ServiceTypeOther,
		[]interfaces.BootstrapHandler{
			handlers.NewSecureProviderBootstrapHandler,
			func(_ context.Context, _ *sync.WaitGroup, _ startup.Timer, _ *di.Container) bool {
				v := newValidator(configuration)
				router.GET(common.ApiBase+"/auth", v.AuthHandler)
				return true
			},
			httpServer.BootstrapHandler,
			handlers.NewStartMessage(serviceKey, fieldmesh.Version).BootstrapHandler,
		})
}

type validator struct {
	introspectURL string
	client        *http.Client
	token         func() string
}

func newValidator(cfg *ConfigurationStruct) *validator {
	return &validator{
		introspectURL: fmt.Sprintf("%s://%s:%d/v1/identity/oidc/introspect", cfg.SecretStore.Protocol, cfg.SecretStore.Host, cfg.SecretStore.Port),
		client:        &http.Client{Timeout: 5 * time.Second},
		token:         func() string { return readServiceToken(cfg.SecretStore.TokenFile) },
	}
}

// AuthHandler serves GET /auth for nginx's auth_request: 200 lets the request through, 401 rejects it.
func (v *validator) AuthHandler(c echo.Context) error {
	authz := c.Request().Header.Get("Authorization")
	if !strings.HasPrefix(authz, "Bearer ") {
		return c.NoContent(http.StatusUnauthorized)
	}
	active, err := v.introspect(c.Request().Context(), strings.TrimPrefix(authz, "Bearer "))
	if err != nil || !active {
		return c.NoContent(http.StatusUnauthorized)
	}
	return c.NoContent(http.StatusOK)
}

func (v *validator) introspect(ctx context.Context, jwt string) (bool, error) {
	body, _ := json.Marshal(map[string]string{"token": jwt})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, v.introspectURL, bytes.NewReader(body))
	if err != nil {
		return false, err
	}
	req.Header.Set("X-Vault-Token", v.token())
	resp, err := v.client.Do(req)
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	var result struct {
		Active bool `json:"active"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&result); err != nil {
		return false, err
	}
	return result.Active, nil
}

func readServiceToken(path string) string {
	raw, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	var tf struct {
		Auth struct {
			ClientToken string `json:"client_token"`
		} `json:"auth"`
	}
	_ = json.Unmarshal(raw, &tf)
	return tf.Auth.ClientToken
}

func (c *ConfigurationStruct) GetBootstrap() bootstrapConfig.BootstrapConfiguration {
	return bootstrapConfig.BootstrapConfiguration{Service: &c.Service, Registry: &c.Registry}
}
func (c *ConfigurationStruct) GetLogLevel() string                                 { return c.Writable.LogLevel }
func (c *ConfigurationStruct) GetRegistryInfo() bootstrapConfig.RegistryInfo       { return c.Registry }
func (c *ConfigurationStruct) GetInsecureSecrets() bootstrapConfig.InsecureSecrets { return nil }
func (c *ConfigurationStruct) GetTelemetryInfo() *bootstrapConfig.TelemetryInfo    { return nil }
func (c *ConfigurationStruct) GetWritablePtr() any                                 { return &c.Writable }
func (c *ConfigurationStruct) UpdateFromRaw(raw interface{}) bool {
	v, ok := raw.(*ConfigurationStruct)
	if ok {
		*c = *v
	}
	return ok
}
func (c *ConfigurationStruct) UpdateWritableFromRaw(raw interface{}) bool { return true }
