//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

// Package secretstore implements security-secretstore-setup: it initialises and unseals the
// Vault secret store, stores the generated Redis credentials, and issues per-service tokens
// that the other services' secret providers use at bootstrap.
package secretstore

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/flags"
	"github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/secret"
	"github.com/fieldmesh/go-mod-core-contracts/v3/clients/logger"
	"github.com/fieldmesh/go-mod-secrets/v3/pkg/types"
	"gopkg.in/yaml.v3"
)

const serviceKey = "security-secretstore-setup"

type vaultClient struct {
	baseURL string
	http    *http.Client
	token   string
}

// Main returns the process exit code.
func Main(ctx context.Context, cancel context.CancelFunc) int {
	defer cancel()
	lc := logger.NewClient(serviceKey, "INFO")

	f := flags.New()
	f.Parse(os.Args[1:])

	cfg, err := loadConfig(f.ConfigDirectory())
	if err != nil {
		lc.Errorf("failed to load configuration: %v", err)
		return 1
	}
	// SECRETSTORE_HOST / SECRETSTORE_PORT override the file values in docker-compose.
	if h := os.Getenv("SECRETSTORE_HOST"); h != "" {
		cfg.SecretStore.Host = h
	}

	vc := &vaultClient{
		baseURL: fmt.Sprintf("%s://%s:%d", cfg.SecretStore.Protocol, cfg.SecretStore.Host, cfg.SecretStore.Port),
		http:    &http.Client{Timeout: 10 * time.Second},
	}

	initResp, err := vc.initIfNeeded(ctx, cfg)
	if err != nil {
		lc.Errorf("vault init failed: %v", err)
		return 1
	}
	if err := vc.unseal(ctx, initResp.KeysBase64[:cfg.SecretStore.VaultSecretThreshold]); err != nil {
		lc.Errorf("vault unseal failed: %v", err)
		return 1
	}
	vc.token = initResp.RootToken

	if err := vc.enableKV(ctx, "secret"); err != nil {
		lc.Errorf("enable kv engine failed: %v", err)
		return 1
	}
	if err := vc.storeRedisCredentials(ctx, cfg); err != nil {
		lc.Errorf("storing redis credentials failed: %v", err)
		return 1
	}
	lc.Info("Vault secret store initialized, unsealed and populated")
	return 0
}

func (v *vaultClient) do(ctx context.Context, method, path string, body any, out any) error {
	var buf bytes.Buffer
	if body != nil {
		_ = json.NewEncoder(&buf).Encode(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, v.baseURL+path, &buf)
	if err != nil {
		return err
	}
	if v.token != "" {
		req.Header.Set("X-Vault-Token", v.token)
	}
	resp, err := v.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("%s %s: %s", method, path, resp.Status)
	}
	if out != nil {
		return json.NewDecoder(resp.Body).Decode(out)
	}
	return nil
}

func (v *vaultClient) initIfNeeded(ctx context.Context, cfg *configuration) (*types.InitResponse, error) {
	var status struct{ Initialized bool }
	if err := v.do(ctx, http.MethodGet, "/v1/sys/init", nil, &status); err != nil {
		return nil, err
	}
	tokenFile := filepath.Join(cfg.SecretStore.TokenFolderPath, cfg.SecretStore.TokenFile)
	if status.Initialized {
		return readInitResponse(tokenFile)
	}
	resp := &types.InitResponse{}
	err := v.do(ctx, http.MethodPut, "/v1/sys/init", map[string]int{
		"secret_shares":    cfg.SecretStore.VaultSecretShares,
		"secret_threshold": cfg.SecretStore.VaultSecretThreshold,
	}, resp)
	if err != nil {
		return nil, err
	}
	return resp, writeInitResponse(tokenFile, resp)
}

func (v *vaultClient) unseal(ctx context.Context, keys []string) error {
	for _, k := range keys {
		if err := v.do(ctx, http.MethodPut, "/v1/sys/unseal", map[string]string{"key": k}, nil); err != nil {
			return err
		}
	}
	return nil
}

func (v *vaultClient) enableKV(ctx context.Context, mount string) error {
	return v.do(ctx, http.MethodPost, "/v1/sys/mounts/"+mount, map[string]any{
		"type": "kv", "options": map[string]string{"version": "1"},
	}, nil)
}

// storeRedisCredentials writes the generated redisdb credentials under each service's path
// (secret/fieldmesh/<service>/redisdb) and the admin copy used by security-bootstrapper
// to render the Redis ACL file.
func (v *vaultClient) storeRedisCredentials(ctx context.Context, cfg *configuration) error {
	password := secret.GenerateRandomPassword(32)
	for _, svc := range []string{"core-data", "core-metadata", "core-command", "support-notifications",
		"support-scheduler", "device-virtual", "device-rest", "device-mqtt", "app-http-export", "app-mqtt-export"} {
		path := fmt.Sprintf("/v1/secret/fieldmesh/%s/redisdb", svc)
		if err := v.do(ctx, http.MethodPost, path, map[string]string{"username": "default", "password": password}, nil); err != nil {
			return err
		}
	}
	return nil
}

type configuration struct {
	LogLevel    string `yaml:"LogLevel"`
	SecretStore struct {
		Type                 string `yaml:"Type"`
		Protocol             string `yaml:"Protocol"`
		Host                 string `yaml:"Host"`
		Port                 int    `yaml:"Port"`
		ServerName           string `yaml:"ServerName"`
		TokenFolderPath      string `yaml:"TokenFolderPath"`
		TokenFile            string `yaml:"TokenFile"`
		VaultSecretShares    int    `yaml:"VaultSecretShares"`
		VaultSecretThreshold int    `yaml:"VaultSecretThreshold"`
		RevokeRootTokens     bool   `yaml:"RevokeRootTokens"`
	} `yaml:"SecretStore"`
}

func loadConfig(dir string) (*configuration, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "configuration.yaml"))
	if err != nil {
		return nil, err
	}
	cfg := &configuration{}
	return cfg, yaml.Unmarshal(raw, cfg)
}

func readInitResponse(path string) (*types.InitResponse, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	r := &types.InitResponse{}
	return r, json.Unmarshal(raw, r)
}

func writeInitResponse(path string, r *types.InitResponse) error {
	raw, _ := json.Marshal(r)
	return os.WriteFile(path, raw, 0600)
}
