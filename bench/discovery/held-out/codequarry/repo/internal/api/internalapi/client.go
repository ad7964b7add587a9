// Package internalapi is the client for the frontend's internal API
// (served on :3090, reachable as codequarry-frontend-internal).
package internalapi

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"

	"github.com/codequarry/codequarry/internal/env"
	"github.com/codequarry/codequarry/internal/httpcli"
)

var frontendInternal = env.Get("SRC_FRONTEND_INTERNAL", "codequarry-frontend-internal:3090", "HTTP address for internal frontend HTTP API")

// FrontendURL builds an absolute URL on the internal API.
func FrontendURL(path string) string {
	u := &url.URL{Scheme: "http", Host: frontendInternal, Path: "/.internal" + path}
	return u.String()
}

type internalClient struct{ http *http.Client }

// Client is the shared internal API client.
var Client = &internalClient{http: httpcli.InternalClient}

func (c *internalClient) postJSON(ctx context.Context, path string, in, out any) error {
	b, _ := json.Marshal(in)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, FrontendURL(path), bytes.NewReader(b))
	if err != nil {
		return err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("internal api %s: %s", path, resp.Status)
	}
	if out == nil {
		return nil
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// StreamSearch runs a search through the frontend and returns the number of matches per repo.
func (c *internalClient) StreamSearch(ctx context.Context, query string) (map[string]int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, FrontendURL("/search/stream")+"?q="+url.QueryEscape(query), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "text/event-stream")
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	counts := map[string]int{}
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		line := sc.Bytes()
		if !bytes.HasPrefix(line, []byte("data: ")) {
			continue
		}
		var ev []struct{ Repository string }
		if json.Unmarshal(line[6:], &ev) == nil {
			for _, m := range ev {
				counts[m.Repository]++
			}
		}
	}
	return counts, sc.Err()
}

// ReposIndex lists repositories the given indexserver replica should index.
func (c *internalClient) ReposIndex(ctx context.Context, hostname string) ([]string, error) {
	var out struct{ RepoNames []string }
	err := c.postJSON(ctx, "/repos/index", map[string]string{"Hostname": hostname}, &out)
	return out.RepoNames, err
}
