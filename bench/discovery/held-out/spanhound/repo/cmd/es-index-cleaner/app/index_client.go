// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

package app

import (
	"crypto/tls"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Config for the cleaner (env: INDEX_PREFIX, ARCHIVE, ROLLOVER, ES_USERNAME...).
type Config struct {
	IndexPrefix        string
	Archive            bool
	Rollover           bool
	IndexDateSeparator string
	Username           string
	Password           string
	TLSSkipVerify      bool
	Timeout            time.Duration
}

// Index is an ES index with its creation time.
type Index struct {
	Index        string
	CreationTime time.Time
	Aliases      map[string]bool
}

// IndicesClient is a thin client over the Elasticsearch REST API.
type IndicesClient struct {
	Endpoint string
	Client   *http.Client
	Username string
	Password string
}

func Transport(c Config) http.RoundTripper {
	t := http.DefaultTransport.(*http.Transport).Clone()
	if c.TLSSkipVerify {
		t.TLSClientConfig = &tls.Config{InsecureSkipVerify: true} //nolint:gosec
	}
	return t
}

func (c *IndicesClient) do(method, path string) ([]byte, error) {
	req, err := http.NewRequest(method, strings.TrimRight(c.Endpoint, "/")+path, nil)
	if err != nil {
		return nil, err
	}
	if c.Username != "" {
		req.SetBasicAuth(c.Username, c.Password)
	}
	res, err := c.Client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("failed to query indices: %w", err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if res.StatusCode >= 300 {
		return nil, fmt.Errorf("request %s %s failed, http status code: %d, body: %s", method, path, res.StatusCode, body)
	}
	return body, err
}

// GetSpanhoundIndices lists spanhound-* indices with their creation dates.
func (c *IndicesClient) GetSpanhoundIndices(prefix string) ([]Index, error) {
	pattern := prefix + "spanhound-*"
	body, err := c.do(http.MethodGet, "/"+pattern+"?flat_settings=true&filter_path=*.aliases,*.settings")
	if err != nil {
		return nil, err
	}
	var raw map[string]struct {
		Settings map[string]string   `json:"settings"`
		Aliases  map[string]any      `json:"aliases"`
	}
	if err := json.Unmarshal(body, &raw); err != nil {
		return nil, err
	}
	out := make([]Index, 0, len(raw))
	for name, v := range raw {
		ms, _ := strconv.ParseInt(v.Settings["index.creation_date"], 10, 64)
		al := map[string]bool{}
		for a := range v.Aliases {
			al[a] = true
		}
		out = append(out, Index{Index: name, CreationTime: time.UnixMilli(ms).UTC(), Aliases: al})
	}
	return out, nil
}

// DeleteIndices deletes in chunks to keep the URL below ES' limit.
func (c *IndicesClient) DeleteIndices(indices []Index) error {
	const maxURLLen = 4000
	var names []string
	flush := func() error {
		if len(names) == 0 {
			return nil
		}
		_, err := c.do(http.MethodDelete, "/"+strings.Join(names, ",")+"?master_timeout=60s")
		names = names[:0]
		return err
	}
	size := 0
	for _, i := range indices {
		if size+len(i.Index) > maxURLLen {
			if err := flush(); err != nil {
				return err
			}
			size = 0
		}
		names = append(names, i.Index)
		size += len(i.Index) + 1
	}
	return flush()
}

var dailyIndex = regexp.MustCompile(`spanhound-(span|service|dependencies|sampling)-\d{4}[-.]\d{2}[-.]\d{2}$`)

// Filter picks indices older than cutoff, never deleting the current write alias.
func Filter(indices []Index, c Config, cutoff time.Time) []Index {
	var out []Index
	for _, i := range indices {
		if c.Rollover {
			if i.Aliases[c.IndexPrefix+"spanhound-span-write"] || i.Aliases[c.IndexPrefix+"spanhound-service-write"] {
				continue
			}
		} else if !dailyIndex.MatchString(i.Index) {
			continue
		}
		if i.CreationTime.Before(cutoff) {
			out = append(out, i)
		}
	}
	return out
}
