package client

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
)

const (
	orgHeaderKey            = "X-Scope-OrgID"
	getDeletePath           = "/loki/api/v1/delete"
	cacheGenNumPath         = "/loki/api/v1/cache/generation_numbers"
)

// compactorHTTPClient is the legacy HTTP variant (common.compactor_address). It is only
// used when compactor_grpc_address is empty; the shipped configs set the gRPC address.
type compactorHTTPClient struct {
	httpClient          *http.Client
	deleteRequestsURL   string
	cacheGenURL         string
}

func NewHTTPClient(addr string, cfg HTTPConfig) (deletion.CompactorClient, error) {
	u, err := url.Parse(addr)
	if err != nil {
		return nil, err
	}
	u.Path = getDeletePath
	q := u.Query()
	q.Set("for_querytime_filtering", "true")
	u.RawQuery = q.Encode()
	deleteRequestsURL := u.String()
	u.Path = cacheGenNumPath
	return &compactorHTTPClient{httpClient: &http.Client{Timeout: cfg.Timeout}, deleteRequestsURL: deleteRequestsURL, cacheGenURL: u.String()}, nil
}

func (c *compactorHTTPClient) GetAllDeleteRequestsForUser(ctx context.Context, userID string) ([]deletion.DeleteRequest, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.deleteRequestsURL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set(orgHeaderKey, userID)
	resp, err := c.httpClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return nil, fmt.Errorf("unexpected status code: %d", resp.StatusCode)
	}
	var out []deletion.DeleteRequest
	return out, json.NewDecoder(resp.Body).Decode(&out)
}
