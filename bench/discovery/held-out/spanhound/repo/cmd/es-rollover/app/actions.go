// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

package app

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"go.uber.org/zap"
)

type Config struct {
	Endpoint         string
	IndexPrefix      string
	Archive          bool
	Username         string
	Password         string
	Shards           int
	Replicas         int
	Conditions       string
	Unit             string
	UnitCount        int
	UseILM           bool
	ILMPolicy        string
	SkipDependencies bool
}

// Client talks to the Elasticsearch REST API.
type Client struct {
	endpoint string
	http     *http.Client
	user     string
	pass     string
}

func NewClient(c Config) *Client {
	return &Client{endpoint: strings.TrimRight(c.Endpoint, "/"), http: &http.Client{Timeout: 120 * time.Second}, user: c.Username, pass: c.Password}
}

func (c *Client) request(method, path string, body any) ([]byte, int, error) {
	var rdr io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return nil, 0, err
		}
		rdr = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, c.endpoint+path, rdr)
	if err != nil {
		return nil, 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	if c.user != "" {
		req.SetBasicAuth(c.user, c.pass)
	}
	res, err := c.http.Do(req)
	if err != nil {
		return nil, 0, err
	}
	defer res.Body.Close()
	out, err := io.ReadAll(res.Body)
	return out, res.StatusCode, err
}

func indexSets(cfg Config) []string {
	if cfg.Archive {
		return []string{cfg.IndexPrefix + "spanhound-span-archive"}
	}
	sets := []string{cfg.IndexPrefix + "spanhound-span", cfg.IndexPrefix + "spanhound-service"}
	if !cfg.SkipDependencies {
		sets = append(sets, cfg.IndexPrefix+"spanhound-dependencies", cfg.IndexPrefix+"spanhound-sampling")
	}
	return sets
}

// Init creates templates, the first index of each set and the read/write aliases.
func Init(c *Client, cfg Config, logger *zap.Logger) error {
	for _, set := range indexSets(cfg) {
		tmpl := map[string]any{
			"index_patterns": []string{set + "-*"},
			"template": map[string]any{
				"settings": map[string]any{
					"index.number_of_shards":   cfg.Shards,
					"index.number_of_replicas": cfg.Replicas,
				},
			},
		}
		if cfg.UseILM {
			tmpl["template"].(map[string]any)["settings"].(map[string]any)["index.lifecycle.name"] = cfg.ILMPolicy
			tmpl["template"].(map[string]any)["settings"].(map[string]any)["index.lifecycle.rollover_alias"] = set + "-write"
		}
		if _, code, err := c.request(http.MethodPut, "/_index_template/"+set, tmpl); err != nil || code >= 300 {
			return fmt.Errorf("failed to create template %s (code %d): %v", set, code, err)
		}
		first := set + "-000001"
		body := map[string]any{"aliases": map[string]any{
			set + "-read":  map[string]any{},
			set + "-write": map[string]any{"is_write_index": true},
		}}
		_, code, err := c.request(http.MethodPut, "/"+first, body)
		if err != nil {
			return err
		}
		if code == http.StatusBadRequest {
			logger.Info("Index already exists, skipping", zap.String("index", first))
			continue
		}
		logger.Info("Created index", zap.String("index", first))
	}
	return nil
}

// Rollover rolls each write alias over when Conditions are met.
func Rollover(c *Client, cfg Config, logger *zap.Logger) error {
	var cond map[string]any
	if err := json.Unmarshal([]byte(cfg.Conditions), &cond); err != nil {
		return fmt.Errorf("invalid CONDITIONS: %w", err)
	}
	for _, set := range indexSets(cfg) {
		res, code, err := c.request(http.MethodPost, "/"+set+"-write/_rollover", map[string]any{"conditions": cond})
		if err != nil || code >= 300 {
			return fmt.Errorf("rollover of %s failed (code %d): %v %s", set, code, err, res)
		}
		// add new index to read alias
		var r struct {
			NewIndex string `json:"new_index"`
			RolledOver bool `json:"rolled_over"`
		}
		_ = json.Unmarshal(res, &r)
		if r.RolledOver {
			actions := map[string]any{"actions": []any{map[string]any{"add": map[string]any{"index": r.NewIndex, "alias": set + "-read"}}}}
			if _, _, err := c.request(http.MethodPost, "/_aliases", actions); err != nil {
				return err
			}
			logger.Info("Rolled over", zap.String("alias", set+"-write"), zap.String("new_index", r.NewIndex))
		}
	}
	return nil
}

// Lookback removes indices older than UNIT_COUNT UNITs from the read alias.
func Lookback(c *Client, cfg Config, logger *zap.Logger) error {
	var d time.Duration
	switch cfg.Unit {
	case "hours":
		d = time.Hour
	case "minutes":
		d = time.Minute
	default:
		d = 24 * time.Hour
	}
	cutoff := time.Now().Add(-time.Duration(cfg.UnitCount) * d)
	for _, set := range indexSets(cfg) {
		res, _, err := c.request(http.MethodGet, "/"+set+"-*/_settings/index.creation_date", nil)
		if err != nil {
			return err
		}
		var settings map[string]struct {
			Settings struct {
				Index struct {
					CreationDate string `json:"creation_date"`
				} `json:"index"`
			} `json:"settings"`
		}
		_ = json.Unmarshal(res, &settings)
		var remove []any
		for idx, s := range settings {
			var ms int64
			fmt.Sscan(s.Settings.Index.CreationDate, &ms)
			if time.UnixMilli(ms).Before(cutoff) {
				remove = append(remove, map[string]any{"remove": map[string]any{"index": idx, "alias": set + "-read"}})
			}
		}
		if len(remove) > 0 {
			if _, _, err := c.request(http.MethodPost, "/_aliases", map[string]any{"actions": remove}); err != nil {
				return err
			}
			logger.Info("Removed indices from read alias", zap.String("alias", set+"-read"), zap.Int("count", len(remove)))
		}
	}
	return nil
}
