package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
	"time"
)

// Ops asked for a Slack ping on every sign-up during the beta. Disabled
// since launch: SLACK_NOTIFY_ENABLED is "false" in every environment.
func slackEnabled() bool {
	return os.Getenv("SLACK_NOTIFY_ENABLED") == "true"
}

func notifySlack(text string) error {
	if !slackEnabled() {
		return nil
	}
	url := os.Getenv("SLACK_WEBHOOK_URL") // e.g. https://hooks.slack.com/services/XXX/YYY/ZZZ
	payload, _ := json.Marshal(map[string]string{"text": text})
	client := &http.Client{Timeout: 5 * time.Second}
	resp, err := client.Post(url, "application/json", bytes.NewReader(payload))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
