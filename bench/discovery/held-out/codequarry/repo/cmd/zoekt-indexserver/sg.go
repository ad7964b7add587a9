package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// codeQuarryClient talks to the frontend internal API.
type codeQuarryClient struct {
	root   *url.URL
	client *http.Client
}

func newCodeQuarryClient(hostport string) *codeQuarryClient {
	if !strings.Contains(hostport, "://") {
		hostport = "http://" + hostport
	}
	u, err := url.Parse(hostport)
	if err != nil {
		panic(err)
	}
	return &codeQuarryClient{root: u, client: &http.Client{Timeout: time.Minute}}
}

func (c *codeQuarryClient) endpoint(p string) string {
	return c.root.ResolveReference(&url.URL{Path: p}).String()
}

// List returns the repos this replica should index.
func (c *codeQuarryClient) List(ctx context.Context, hostname string) ([]string, error) {
	body, _ := json.Marshal(map[string]string{"Hostname": hostname})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.endpoint("/.internal/repos/index"), bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	resp, err := c.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("list repos: %s", resp.Status)
	}
	var out struct{ RepoNames []string }
	return out.RepoNames, json.NewDecoder(resp.Body).Decode(&out)
}

// CloneURL is the frontend's git proxy URL for repo.
func (c *codeQuarryClient) CloneURL(repo string) string {
	return c.endpoint("/.internal/git/" + repo)
}

type Server struct {
	CodeQuarry *codeQuarryClient
	IndexDir   string
	Hostname   string
}

func (s *Server) Sync(ctx context.Context) error {
	repos, err := s.CodeQuarry.List(ctx, s.Hostname)
	if err != nil {
		return err
	}
	for _, repo := range repos {
		if err := s.index(ctx, repo); err != nil {
			fmt.Fprintf(os.Stderr, "index %s: %v\n", repo, err)
		}
	}
	return nil
}

func (s *Server) index(ctx context.Context, repo string) error {
	tmp, err := os.MkdirTemp("", "zoekt-clone")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	gitDir := filepath.Join(tmp, "repo.git")
	clone := exec.CommandContext(ctx, "git", "clone", "--bare", "--depth=1", s.CodeQuarry.CloneURL(repo), gitDir)
	if out, err := clone.CombinedOutput(); err != nil {
		return fmt.Errorf("clone: %v: %s", err, out)
	}
	build := exec.CommandContext(ctx, "zoekt-git-index", "-index", s.IndexDir, "-repo_cache", tmp, gitDir)
	return build.Run()
}
