// Package config extends upstream Alertmanager so that notification channels
// managed in the Tracewell UI become receivers. The query-service is the
// source of truth; we poll its private API and merge the result with the
// static alertmanager.yml.
package config

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	amconfig "github.com/prometheus/alertmanager/config"
)

type Channel struct {
	ID   int64           `json:"id"`
	Name string          `json:"name"`
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

type channelsResponse struct {
	Status string    `json:"status"`
	Data   []Channel `json:"data"`
}

type Fetcher struct {
	queryServiceURL string
	client          *http.Client
}

func NewFetcher(queryServiceURL string) *Fetcher {
	return &Fetcher{
		queryServiceURL: strings.TrimSuffix(queryServiceURL, "/"),
		client:          &http.Client{Timeout: 5 * time.Second},
	}
}

// Channels calls GET {queryService.url}/api/v1/channels.
func (f *Fetcher) Channels(ctx context.Context) ([]Channel, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, f.queryServiceURL+"/api/v1/channels", nil)
	if err != nil {
		return nil, err
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch channels from query-service: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("query-service returned %s", resp.Status)
	}
	var cr channelsResponse
	if err := json.NewDecoder(resp.Body).Decode(&cr); err != nil {
		return nil, err
	}
	return cr.Data, nil
}

// Merge appends one receiver per channel and a matching child route.
func Merge(base *amconfig.Config, chans []Channel) (*amconfig.Config, error) {
	out := *base
	for _, c := range chans {
		var r amconfig.Receiver
		if err := json.Unmarshal(c.Data, &r); err != nil {
			return nil, fmt.Errorf("channel %s: %w", c.Name, err)
		}
		r.Name = c.Name
		out.Receivers = append(out.Receivers, r)
		out.Route.Routes = append(out.Route.Routes, &amconfig.Route{Receiver: c.Name, Continue: true})
	}
	return &out, nil
}
