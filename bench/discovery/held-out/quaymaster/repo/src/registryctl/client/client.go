// Copyright Project Quaymaster Authors
//
// Licensed under the Apache License, Version 2.0 (the "License");

package client

import (
	"fmt"
	"net/http"
	"os"
	"strings"

	common_http "github.com/quaymaster/quaymaster/src/common/http"
	"github.com/quaymaster/quaymaster/src/common/http/modifier/auth"
	"github.com/quaymaster/quaymaster/src/common/utils"
	"github.com/quaymaster/quaymaster/src/lib/config"
)

// const definition
const (
	UserAgent = "quaymaster-registryctl-client"
)

// Client defines methods that an Registry client should implement
type Client interface {
	// Health tests the connection with registry server
	Health() error
	// DeleteBlob deletes the specified blob. The "reference" should be "digest"
	DeleteBlob(reference string) (err error)
	// DeleteManifest deletes the specified manifest. The "reference" can be "tag" or "digest"
	DeleteManifest(repository, reference string) (err error)
}

type client struct {
	baseURL    string
	httpclient *common_http.Client
}

// Config contains configurations needed for client
type Config struct {
	Secret string
}

// NewClient return an instance of Registry client
func NewClient(baseURL string, cfg *Config) Client {
	baseURL = strings.TrimRight(baseURL, "/")
	if !strings.Contains(baseURL, "://") {
		baseURL = "http://" + baseURL
	}
	client := &client{
		baseURL: baseURL,
	}
	if cfg != nil {
		authorizer := auth.NewSecretAuthorizer(cfg.Secret)
		client.httpclient = common_http.NewClient(nil, authorizer)
	}
	return client
}

// DefaultClient returns a client pointing at REGISTRY_CONTROLLER_URL, authenticated with the
// component secret of the caller (core or jobservice)
func DefaultClient() Client {
	secret := os.Getenv("JOBSERVICE_SECRET")
	if len(secret) == 0 {
		secret = config.CoreSecret()
	}
	return NewClient(config.GetRegistryCtlURL(), &Config{Secret: secret})
}

// Health ...
func (c *client) Health() error {
	addr := strings.Split(c.baseURL, "://")[1]
	if !strings.Contains(addr, ":") {
		addr = addr + ":80"
	}
	return utils.TestTCPConn(addr, 60, 2)
}

// DeleteBlob ...
func (c *client) DeleteBlob(reference string) (err error) {
	req, err := http.NewRequest(http.MethodDelete, buildBlobURL(c.baseURL, reference), nil)
	if err != nil {
		return err
	}
	return c.do(req)
}

// DeleteManifest ...
func (c *client) DeleteManifest(repository, reference string) (err error) {
	req, err := http.NewRequest(http.MethodDelete, buildManifestURL(c.baseURL, repository, reference), nil)
	if err != nil {
		return err
	}
	return c.do(req)
}

func (c *client) do(req *http.Request) error {
	req.Header.Set(http.CanonicalHeaderKey("User-Agent"), UserAgent)
	resp, err := c.httpclient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("failed to delete %s, status code: %d", req.URL.Path, resp.StatusCode)
	}
	return nil
}

func buildBlobURL(endpoint, reference string) string {
	return fmt.Sprintf("%s/api/registry/blob/%s", endpoint, reference)
}

func buildManifestURL(endpoint, repo, reference string) string {
	return fmt.Sprintf("%s/api/registry/%s/manifests/%s", endpoint, repo, reference)
}

// RegistryCtlClient is the global registryctl client
var RegistryCtlClient Client

// Init initializes the global registryctl client
func Init() {
	RegistryCtlClient = DefaultClient()
}
