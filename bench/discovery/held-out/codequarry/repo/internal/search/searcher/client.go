// Package searcher calls the searcher service for unindexed (regex/structural) search.
package searcher

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/codequarry/codequarry/internal/env"
	"github.com/codequarry/codequarry/internal/httpcli"
)

var searcherURLs = env.Get("SEARCHER_URL", "k8s+http://searcher:3181", "searcher server URL(s)")

// Endpoints expands SEARCHER_URL, which may be a space separated list.
func Endpoints() []string {
	var out []string
	for _, u := range strings.Fields(searcherURLs) {
		out = append(out, strings.TrimPrefix(u, "k8s+"))
	}
	return out
}

type Request struct {
	Repo    string `json:"Repo"`
	Commit  string `json:"Commit"`
	Pattern string `json:"Pattern"`
	IsRegExp bool  `json:"IsRegExp"`
}

type FileMatch struct {
	Path    string `json:"Path"`
	LineNum int    `json:"LineNumber"`
	Preview string `json:"Preview"`
}

// Search sends a search request to one searcher replica.
func Search(ctx context.Context, req Request) ([]FileMatch, error) {
	eps := Endpoints()
	endpoint := eps[len(req.Repo)%len(eps)]
	body, _ := json.Marshal(req)
	hreq, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint+"/stream", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	resp, err := httpcli.InternalClient.Do(hreq)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var matches []FileMatch
	return matches, json.NewDecoder(resp.Body).Decode(&matches)
}
