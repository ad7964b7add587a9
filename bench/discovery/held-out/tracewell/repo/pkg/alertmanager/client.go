package alertmanager

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// PostableAlert is the payload Alertmanager's v1 API accepts.
type PostableAlert struct {
	Labels       map[string]string `json:"labels"`
	Annotations  map[string]string `json:"annotations"`
	StartsAt     time.Time         `json:"startsAt,omitempty"`
	EndsAt       time.Time         `json:"endsAt,omitempty"`
	GeneratorURL string            `json:"generatorURL,omitempty"`
}

type Receiver struct {
	Name string          `json:"name"`
	Raw  json.RawMessage `json:"config"`
}

// Client talks to the Tracewell alertmanager fork.
type Client struct {
	base *url.URL
	http *http.Client
}

func NewClient(rawURL string) (*Client, error) {
	if !strings.HasSuffix(rawURL, "/") {
		rawURL += "/"
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("invalid alertmanager url %q: %w", rawURL, err)
	}
	return &Client{base: u, http: &http.Client{Timeout: 10 * time.Second}}, nil
}

func (c *Client) post(ctx context.Context, path string, body any) error {
	buf, err := json.Marshal(body)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base.JoinPath(path).String(), bytes.NewReader(buf))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("alertmanager %s returned %s", path, resp.Status)
	}
	return nil
}

// SendAlerts forwards firing/resolved alerts produced by the rule manager.
func (c *Client) SendAlerts(ctx context.Context, alerts ...PostableAlert) error {
	return c.post(ctx, "v1/alerts", alerts)
}

// TestReceiver asks alertmanager to send a test notification through a channel.
func (c *Client) TestReceiver(ctx context.Context, r Receiver) error {
	return c.post(ctx, "v1/testReceiver", r)
}

// ReloadRoutes tells alertmanager to re-fetch channels from the query-service.
func (c *Client) ReloadRoutes(ctx context.Context) error {
	return c.post(ctx, "v1/routes/reload", struct{}{})
}
