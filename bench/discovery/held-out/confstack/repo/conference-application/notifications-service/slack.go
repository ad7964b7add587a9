package main

import (
	"bytes"
	"encoding/json"
	"log"
	"net/http"
)

// postToSlack mirrors a notification into a Slack channel. Disabled by default.
func postToSlack(webhook string, n Notification) {
	payload, _ := json.Marshal(map[string]string{"text": n.EmailSubject + ": " + n.Title})
	res, err := http.Post(webhook, "application/json", bytes.NewBuffer(payload))
	if err != nil {
		log.Printf("slack webhook failed: %v", err)
		return
	}
	res.Body.Close()
}
