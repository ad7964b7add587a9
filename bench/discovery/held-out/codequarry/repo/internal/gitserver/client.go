// Package gitserver is the client for the gitserver replicas.
package gitserver

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"

	"github.com/codequarry/codequarry/internal/httpcli"
)

// Client talks to the gitserver shard owning a repository.
type Client struct {
	addrs func() []string
	http  *http.Client
}

// NewClient returns a client addressing the replicas listed in SRC_GIT_SERVERS.
func NewClient() *Client {
	return &Client{addrs: Addrs, http: httpcli.InternalClient}
}

func (c *Client) url(repo, path string) string {
	return "http://" + AddrForRepo(repo, c.addrs()) + path
}

func (c *Client) postJSON(ctx context.Context, repo, path string, in, out any) error {
	body, _ := json.Marshal(in)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url(repo, path), bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("gitserver %s: %s", path, resp.Status)
	}
	if out == nil {
		return nil
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// Archive streams a tar/zip archive of repo at commit.
func (c *Client) Archive(ctx context.Context, repo, commit, format string) (io.ReadCloser, error) {
	q := url.Values{"repo": {repo}, "treeish": {commit}, "format": {format}}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.url(repo, "/archive?"+q.Encode()), nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return nil, fmt.Errorf("archive %s@%s: %s", repo, commit, resp.Status)
	}
	return resp.Body, nil
}

// ResolveRevision resolves a ref to a commit SHA.
func (c *Client) ResolveRevision(ctx context.Context, repo, rev string) (string, error) {
	var res struct{ Commit string }
	err := c.postJSON(ctx, repo, "/exec", map[string]any{"repo": repo, "args": []string{"rev-parse", rev}}, &res)
	return res.Commit, err
}

// CommitExists reports whether commit is present in repo.
func (c *Client) CommitExists(ctx context.Context, repo, commit string) (bool, error) {
	_, err := c.ResolveRevision(ctx, repo, commit+"^{commit}")
	return err == nil, nil
}

// RequestRepoUpdate asks the owning shard to clone or fetch repo.
func (c *Client) RequestRepoUpdate(ctx context.Context, repo, cloneURL string) error {
	return c.postJSON(ctx, repo, "/repo-update", map[string]string{"repo": repo, "url": cloneURL}, nil)
}

// Search runs a commit/diff search on the owning shard.
func (c *Client) Search(ctx context.Context, repo string, query map[string]any) ([]byte, error) {
	var raw json.RawMessage
	err := c.postJSON(ctx, repo, "/search", query, &raw)
	return raw, err
}
