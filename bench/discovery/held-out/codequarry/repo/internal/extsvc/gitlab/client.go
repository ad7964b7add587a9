// Package gitlab is a GitLab API v4 client. GitLab code host connections are
// not yet wired into repo-updater's syncer; see RFC 412.
package gitlab

import (
	"context"
	"encoding/json"
	"net/http"
)

const DefaultBaseURL = "https://gitlab.com/api/v4"

type Project struct {
	ID                int    `json:"id"`
	PathWithNamespace string `json:"path_with_namespace"`
	HTTPURLToRepo     string `json:"http_url_to_repo"`
}

type Client struct {
	BaseURL string
	Token   string
	HTTP    *http.Client
}

func NewClient(baseURL, token string) *Client {
	if baseURL == "" {
		baseURL = DefaultBaseURL
	}
	return &Client{BaseURL: baseURL, Token: token, HTTP: http.DefaultClient}
}

func (c *Client) ListProjects(ctx context.Context) ([]Project, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.BaseURL+"/projects?membership=true", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("PRIVATE-TOKEN", c.Token)
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out []Project
	return out, json.NewDecoder(resp.Body).Decode(&out)
}
