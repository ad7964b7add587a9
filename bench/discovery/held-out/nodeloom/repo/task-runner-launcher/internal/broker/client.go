// Package broker talks to the nodeloom task broker (HTTP grant-token exchange + websocket protocol).
package broker

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/gorilla/websocket"
)

type Client struct {
	brokerURI  string
	authToken  string
	httpClient *http.Client
}

func NewClient(brokerURI, authToken string) *Client {
	return &Client{
		brokerURI:  brokerURI,
		authToken:  authToken,
		httpClient: &http.Client{Timeout: 10 * time.Second},
	}
}

type grantTokenResponse struct {
	Data struct {
		Token string `json:"token"`
	} `json:"data"`
}

// FetchGrantToken exchanges the long-lived auth token for a single-use grant token:
// POST {NODELOOM_RUNNERS_TASK_BROKER_URI}/runners/auth
func (c *Client) FetchGrantToken(ctx context.Context) (string, error) {
	body, _ := json.Marshal(map[string]string{"token": c.authToken})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.brokerURI+"/runners/auth", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", "application/json")

	resp, err := c.httpClient.Do(req)
	if err != nil {
		return "", fmt.Errorf("request to broker failed: %w", err)
	}
	defer resp.Body.Close()

	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("broker responded with status %d", resp.StatusCode)
	}

	var tokenResp grantTokenResponse
	if err := json.NewDecoder(resp.Body).Decode(&tokenResp); err != nil {
		return "", err
	}
	return tokenResp.Data.Token, nil
}

type message struct {
	Type     string   `json:"type"`
	Name     string   `json:"name,omitempty"`
	Types    []string `json:"types,omitempty"`
	TaskType string   `json:"taskType,omitempty"`
	OfferID  string   `json:"offerId,omitempty"`
	ValidFor int      `json:"validFor,omitempty"`
	TaskID   string   `json:"taskId,omitempty"`
	Reason   string   `json:"reason,omitempty"`
}

// WaitForTaskNeed connects to ws://{broker}/runners/_ws as a launcher, sends a non-expiring
// offer and returns once the broker accepts it, i.e. a task for runnerType is pending.
func (c *Client) WaitForTaskNeed(ctx context.Context, runnerType string) error {
	grantToken, err := c.FetchGrantToken(ctx)
	if err != nil {
		return err
	}

	u, err := url.Parse(c.brokerURI)
	if err != nil {
		return fmt.Errorf("invalid broker URI: %w", err)
	}
	wsURL := fmt.Sprintf("ws://%s/runners/_ws?id=launcher-%s", u.Host, runnerType)

	header := http.Header{}
	header.Set("Authorization", "Bearer "+grantToken)
	conn, _, err := websocket.DefaultDialer.DialContext(ctx, wsURL, header)
	if err != nil {
		return fmt.Errorf("failed to connect to broker websocket: %w", err)
	}
	defer conn.Close()

	for {
		var msg message
		if err := conn.ReadJSON(&msg); err != nil {
			return err
		}
		switch msg.Type {
		case "broker:inforequest":
			if err := conn.WriteJSON(message{Type: "runner:info", Name: "Launcher", Types: []string{runnerType}}); err != nil {
				return err
			}
		case "broker:runnerregistered":
			offer := message{Type: "runner:taskoffer", TaskType: runnerType, OfferID: "launcher-" + runnerType, ValidFor: -1}
			if err := conn.WriteJSON(offer); err != nil {
				return err
			}
		case "broker:taskofferaccept":
			// Defer the task to the real runner we are about to launch
			_ = conn.WriteJSON(message{Type: "runner:taskdeferred", TaskID: msg.TaskID})
			return nil
		}
	}
}
