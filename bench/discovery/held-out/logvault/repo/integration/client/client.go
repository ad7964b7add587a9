package client

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"
)

// Client is a tiny HTTP client used by integration tests to push to distributors and
// query query-frontends started by integration/cluster on random local ports.
type Client struct {
	baseURL    string
	instanceID string
	httpClient *http.Client
}

func New(instanceID, token, baseURL string) *Client {
	return &Client{baseURL: baseURL, instanceID: instanceID, httpClient: &http.Client{}}
}

func (c *Client) PushLogLine(line string, ts time.Time, metadata map[string]string, labels map[string]string) error {
	body, _ := json.Marshal(map[string]interface{}{
		"streams": []interface{}{map[string]interface{}{"stream": labels, "values": [][]string{{fmt.Sprint(ts.UnixNano()), line}}}},
	})
	req, err := http.NewRequest("POST", c.baseURL+"/loki/api/v1/push", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Scope-OrgID", c.instanceID)
	resp, err := c.httpClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (c *Client) RunRangeQuery(ctx context.Context, query string) (*Response, error) {
	v := url.Values{"query": {query}, "limit": {"100"}}
	req, err := http.NewRequestWithContext(ctx, "GET", c.baseURL+"/loki/api/v1/query_range?"+v.Encode(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Scope-OrgID", c.instanceID)
	resp, err := c.httpClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var r Response
	return &r, json.NewDecoder(resp.Body).Decode(&r)
}
