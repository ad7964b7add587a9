// Package symbols is the client for the symbols service.
package symbols

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"

	"github.com/codequarry/codequarry/internal/env"
	"github.com/codequarry/codequarry/internal/httpcli"
)

var symbolsURL = env.Get("SYMBOLS_URL", "http://symbols:3184", "symbols service URL")

type Symbol struct {
	Name string `json:"name"`
	Kind string `json:"kind"`
	Path string `json:"path"`
	Line int    `json:"line"`
}

// DefaultClient is used by the frontend's GraphQL resolvers.
var DefaultClient = &Client{base: symbolsURL}

type Client struct{ base string }

func (c *Client) Search(ctx context.Context, repo, commit, query string, first int) ([]Symbol, error) {
	q := url.Values{"repo": {repo}, "commitID": {commit}, "query": {query}, "first": {itoa(first)}}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/search?"+q.Encode(), nil)
	if err != nil {
		return nil, err
	}
	resp, err := httpcli.InternalClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out []Symbol
	return out, json.NewDecoder(resp.Body).Decode(&out)
}

func itoa(i int) string {
	b, _ := json.Marshal(i)
	return string(b)
}
