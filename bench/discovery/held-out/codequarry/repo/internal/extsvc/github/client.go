// Package github is a minimal GitHub REST API v3 client used by repo-updater.
package github

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/codequarry/codequarry/internal/env"
	"github.com/codequarry/codequarry/internal/httpcli"
	"github.com/codequarry/codequarry/internal/rcache"
)

var baseURL = env.Get("GITHUB_BASE_URL", "https://api.github.com", "GitHub API base URL (GitHub Enterprise: https://ghe.example.com/api/v3)")

type Repository struct {
	ID       int64  `json:"id"`
	NodeID   string `json:"node_id"`
	FullName string `json:"full_name"`
	CloneURL string `json:"clone_url"`
	Archived bool   `json:"archived"`
}

type V3Client struct {
	apiURL *url.URL
	token  string
	cache  *rcache.Cache
}

func NewV3Client(token string) *V3Client {
	u, _ := url.Parse(strings.TrimSuffix(baseURL, "/"))
	return &V3Client{apiURL: u, token: token, cache: rcache.New("gh_etag", 600)}
}

func (c *V3Client) get(ctx context.Context, path string, out any) (next string, err error) {
	u := *c.apiURL
	u.Path = strings.TrimSuffix(u.Path, "/") + path
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return "", err
	}
	req.Header.Set("Accept", "application/vnd.github+json")
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	if etag, ok := c.cache.Get(path); ok {
		req.Header.Set("If-None-Match", string(etag))
	}
	resp, err := httpcli.ExternalClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 400 {
		return "", fmt.Errorf("github %s: %s", path, resp.Status)
	}
	if e := resp.Header.Get("ETag"); e != "" {
		c.cache.Set(path, []byte(e))
	}
	return resp.Header.Get("Link"), json.NewDecoder(resp.Body).Decode(out)
}

// ListAffiliatedRepositories lists repositories visible to the token.
func (c *V3Client) ListAffiliatedRepositories(ctx context.Context, page int) ([]*Repository, bool, error) {
	var repos []*Repository
	link, err := c.get(ctx, fmt.Sprintf("/user/repos?per_page=100&page=%d", page), &repos)
	return repos, strings.Contains(link, `rel="next"`), err
}

// ListOrgRepositories lists an organization's repositories.
func (c *V3Client) ListOrgRepositories(ctx context.Context, org string, page int) ([]*Repository, bool, error) {
	var repos []*Repository
	link, err := c.get(ctx, fmt.Sprintf("/orgs/%s/repos?per_page=100&page=%d", url.PathEscape(org), page), &repos)
	return repos, strings.Contains(link, `rel="next"`), err
}
