// Copyright Project Quaymaster Authors
//
// Licensed under the Apache License, Version 2.0 (the "License");

package dockerhub

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"

	commonhttp "github.com/quaymaster/quaymaster/src/common/http"
	"github.com/quaymaster/quaymaster/src/lib/log"
	adp "github.com/quaymaster/quaymaster/src/pkg/reg/adapter"
	"github.com/quaymaster/quaymaster/src/pkg/reg/adapter/native"
	"github.com/quaymaster/quaymaster/src/pkg/reg/model"
	"github.com/quaymaster/quaymaster/src/pkg/registry/auth/bearer"
)

func init() {
	if err := adp.RegisterFactory(model.RegistryTypeDockerHub, new(factory)); err != nil {
		log.Errorf("failed to register factory for %s: %v", model.RegistryTypeDockerHub, err)
		return
	}
	log.Infof("the factory for adapter %s registered", model.RegistryTypeDockerHub)
}

type factory struct{}

// Create ...
func (f *factory) Create(r *model.Registry) (adp.Adapter, error) {
	return newAdapter(r)
}

// AdapterPattern ...
func (f *factory) AdapterPattern() *model.AdapterPattern {
	return getAdapterInfo()
}

var (
	_ adp.Adapter          = (*adapter)(nil)
	_ adp.ArtifactRegistry = (*adapter)(nil)
)

type adapter struct {
	*native.Adapter
	registry *model.Registry
	client   *Client
}

func newAdapter(registry *model.Registry) (*adapter, error) {
	client, err := NewClient(registry)
	if err != nil {
		return nil, err
	}

	// if the registry.Credential isn't nil, the access key should be username
	var username, password string
	if registry.Credential != nil {
		username = registry.Credential.AccessKey
		password = registry.Credential.AccessSecret
	}
	// manifests and blobs are pulled/pushed against registry-1.docker.io, the
	// namespace/tag management API is hub.docker.com
	return &adapter{
		client:   client,
		registry: registry,
		Adapter: native.NewAdapterWithAuthorizer(&model.Registry{
			URL:      registryURL,
			Insecure: registry.Insecure,
		}, bearer.NewAuthorizer("", "", username, password, registry.Insecure)),
	}, nil
}

func getAdapterInfo() *model.AdapterPattern {
	return &model.AdapterPattern{
		EndpointPattern: &model.EndpointPattern{
			EndpointType: model.EndpointPatternTypeFix,
			Endpoints: []*model.Endpoint{
				{Key: "hub.docker.com", Value: "https://hub.docker.com"},
			},
		},
	}
}

// Client is a client to interact with DockerHub
type Client struct {
	client *http.Client
	token  string
	host   string
	// credential LoginCredential
	credential LoginCredential
}

// LoginCredential is request to login.
type LoginCredential struct {
	User     string `json:"username"`
	Password string `json:"password"`
}

// NewClient creates a new DockerHub client.
func NewClient(registry *model.Registry) (*Client, error) {
	client := &Client{
		host:   registry.URL,
		client: &http.Client{Transport: commonhttp.GetHTTPTransport(commonhttp.WithInsecure(registry.Insecure))},
	}

	// For anonymous, no need to refresh token.
	if registry.Credential == nil ||
		(len(registry.Credential.AccessKey) == 0 && len(registry.Credential.AccessSecret) == 0) {
		return client, nil
	}

	// Login to DockerHub to get access token, default expire date is 30d.
	client.credential = LoginCredential{
		User:     registry.Credential.AccessKey,
		Password: registry.Credential.AccessSecret,
	}
	err := client.refreshToken()
	if err != nil {
		return nil, fmt.Errorf("login to dockerhub error: %v", err)
	}

	return client, nil
}

// refreshToken refreshes the token of DockerHub
func (c *Client) refreshToken() error {
	b, err := json.Marshal(c.credential)
	if err != nil {
		return fmt.Errorf("marshal credential error: %v", err)
	}

	request, err := http.NewRequest(http.MethodPost, baseURL+loginPath, bytes.NewReader(b))
	if err != nil {
		return err
	}
	request.Header.Set("Content-Type", "application/json")

	resp, err := c.client.Do(request)
	if err != nil {
		return fmt.Errorf("login to dockerhub error: %v", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}

	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("login to dockerhub error: %s", string(body))
	}

	token := &struct {
		Token string `json:"token"`
	}{}
	err = json.Unmarshal(body, token)
	if err != nil {
		return fmt.Errorf("unmarshal token response error: %v", err)
	}

	c.token = token.Token
	return nil
}

// Do performs http request to DockerHub, it will set token automatically.
func (c *Client) Do(method, path string, body io.Reader) (*http.Response, error) {
	url := baseURL + path
	log.Infof("%s %s", method, url)
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		return nil, err
	}
	if body != nil || method == http.MethodPost || method == http.MethodPut {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("Authorization", fmt.Sprintf("JWT %s", c.token))

	return c.client.Do(req)
}

// FetchArtifacts lists the repositories/tags of the namespaces matched by the filters
func (a *adapter) FetchArtifacts(filters []*model.Filter) ([]*model.Resource, error) {
	namespaces, err := a.listNamespaces()
	if err != nil {
		return nil, err
	}
	var resources []*model.Resource
	for _, ns := range namespaces {
		resp, err := a.client.Do(http.MethodGet, listReposPath(ns, "", 1, 100), nil)
		if err != nil {
			return nil, err
		}
		resp.Body.Close()
	}
	return resources, nil
}

func (a *adapter) listNamespaces() ([]string, error) {
	resp, err := a.client.Do(http.MethodGet, listNamespacePath, nil)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode/100 != 2 {
		return nil, errors.New(string(body))
	}
	namespaces := NamespacesResp{}
	if err := json.Unmarshal(body, &namespaces); err != nil {
		return nil, err
	}
	return namespaces.Namespaces, nil
}

// NamespacesResp is namespace list responsed from DockerHub.
type NamespacesResp struct {
	// Namespaces is a list of namespaces
	Namespaces []string `json:"namespaces"`
}

