// Package repoupdater is the client for the repo-updater service.
package repoupdater

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/codequarry/codequarry/internal/env"
	"github.com/codequarry/codequarry/internal/httpcli"
)

var repoUpdaterURL = env.Get("REPO_UPDATER_URL", "http://repo-updater:3182", "repo-updater server URL")

type Client struct{ URL string }

var DefaultClient = &Client{URL: repoUpdaterURL}

// EnqueueRepoUpdate schedules an immediate update of the named repository.
func (c *Client) EnqueueRepoUpdate(ctx context.Context, repo string) error {
	return c.post(ctx, "/enqueue-repo-update", map[string]string{"repo": repo})
}

// SyncExternalService triggers a sync of the code host connection.
func (c *Client) SyncExternalService(ctx context.Context, id int64) error {
	return c.post(ctx, "/sync-external-service", map[string]int64{"ExternalServiceID": id})
}

func (c *Client) post(ctx context.Context, path string, payload any) error {
	b, _ := json.Marshal(payload)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.URL+path, bytes.NewReader(b))
	if err != nil {
		return err
	}
	resp, err := httpcli.InternalClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("repo-updater %s: %s", path, resp.Status)
	}
	return nil
}
