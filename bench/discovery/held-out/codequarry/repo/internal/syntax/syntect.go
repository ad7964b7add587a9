// Package syntax calls syntect-server (the Rust syntax highlighter, shipped
// only as a container image) to render highlighted HTML/SCIP occurrences.
package syntax

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/codequarry/codequarry/internal/env"
	"github.com/codequarry/codequarry/internal/httpcli"
)

var syntectServer = env.Get("SRC_SYNTECT_SERVER", "http://syntect-server:9238", "syntect_server HTTP(s) address")

type Query struct {
	Filepath string `json:"filepath"`
	Filetype string `json:"filetype"`
	Theme    string `json:"theme"`
	Code     string `json:"code"`
}

type Response struct {
	Data    string `json:"data"`
	Plaintext bool `json:"plaintext"`
}

func endpoint(path string) string {
	return strings.TrimSuffix(syntectServer, "/") + path
}

// Highlight renders code via syntect-server's /scip endpoint.
func Highlight(ctx context.Context, q Query) (*Response, error) {
	b, _ := json.Marshal(q)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint("/scip"), bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := httpcli.InternalClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var r Response
	return &r, json.NewDecoder(resp.Body).Decode(&r)
}
