package client

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/berthdock/berthdock/src/common/http/modifier/auth"
	"github.com/berthdock/berthdock/src/lib/config"
)

// Client defines methods that an Registry client should implement
type Client interface {
	// Health tests the connection with registry server
	Health() error
	// DeleteBlob deletes the specified blob. The "reference" should be "digest"
	DeleteBlob(reference string) (err error)
	// DeleteManifest deletes the specified manifest. The "reference" can be "tag" or "digest"
	DeleteManifest(repository, reference string) (err error)
	// PurgeUploads removes abandoned upload folders from the storage
	PurgeUploads(dryRun bool) (err error)
}

type client struct {
	baseURL    string
	httpClient *http.Client
	secret     string
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
	c := &client{baseURL: baseURL, httpClient: &http.Client{}}
	if cfg != nil {
		c.secret = cfg.Secret
	}
	return c
}

// RegistryCtlClient is a client for registry controller; core and jobservice both create it from
// REGISTRY_CONTROLLER_URL.
var RegistryCtlClient Client

// Init ...
func Init() {
	initRegistryCtlClient()
}

func initRegistryCtlClient() {
	registryCtlURL := config.GetRegistryCtlURL()
	RegistryCtlClient = NewClient(registryCtlURL, &Config{Secret: config.JobserviceSecret()})
}

// Health ...
func (c *client) Health() error {
	req, err := http.NewRequest(http.MethodGet, fmt.Sprintf("%s/api/health", c.baseURL), nil)
	if err != nil {
		return err
	}
	_, err = c.do(req)
	return err
}

// DeleteBlob ...
func (c *client) DeleteBlob(reference string) error {
	req, err := http.NewRequest(http.MethodDelete, fmt.Sprintf("%s/api/registry/blob/%s", c.baseURL, reference), nil)
	if err != nil {
		return err
	}
	_, err = c.do(req)
	return err
}

// DeleteManifest ...
func (c *client) DeleteManifest(repository, reference string) error {
	req, err := http.NewRequest(http.MethodDelete,
		fmt.Sprintf("%s/api/registry/%s/manifests/%s", c.baseURL, repository, reference), nil)
	if err != nil {
		return err
	}
	_, err = c.do(req)
	return err
}

// PurgeUploads ...
func (c *client) PurgeUploads(dryRun bool) error {
	req, err := http.NewRequest(http.MethodPost, fmt.Sprintf("%s/api/registry/purge?dryrun=%t", c.baseURL, dryRun), nil)
	if err != nil {
		return err
	}
	_, err = c.do(req)
	return err
}

func (c *client) do(req *http.Request) ([]byte, error) {
	if c.secret != "" {
		auth.NewSecretAuthorizer(c.secret).Modify(req)
	}
	resp, err := c.httpClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		var e struct {
			Message string `json:"message"`
		}
		_ = json.Unmarshal(data, &e)
		return nil, fmt.Errorf("registryctl: %d %s", resp.StatusCode, e.Message)
	}
	return data, nil
}
