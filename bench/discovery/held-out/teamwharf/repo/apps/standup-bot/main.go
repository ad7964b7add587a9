// standup-bot collects async standups. Teamwharf calls it through an outgoing
// webhook on the trigger word "standup"; the daily summary is posted back through
// an incoming webhook.
package main

import (
	"bytes"
	"encoding/json"
	"log"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"
)

type outgoingPayload struct {
	Token    string `json:"token"`
	UserId   string `json:"user_id"`
	Text     string `json:"text"`
	TeamId   string `json:"team_id"`
	Channel  string `json:"channel_name"`
}

var (
	mu      sync.Mutex
	entries = map[string]string{}
)

func main() {
	token := os.Getenv("STANDUP_OUTGOING_TOKEN")
	incomingURL := os.Getenv("TEAMWHARF_INCOMING_WEBHOOK_URL")
	addr := os.Getenv("LISTEN_ADDR")
	if addr == "" {
		addr = ":3000"
	}

	http.HandleFunc("/standup", func(w http.ResponseWriter, r *http.Request) {
		var p outgoingPayload
		if err := json.NewDecoder(r.Body).Decode(&p); err != nil || p.Token != token {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		mu.Lock()
		entries[p.UserId] = strings.TrimSpace(strings.TrimPrefix(p.Text, "standup"))
		mu.Unlock()
		json.NewEncoder(w).Encode(map[string]string{"text": "Thanks, standup recorded :white_check_mark:"})
	})
	http.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) })

	go dailySummary(incomingURL)
	log.Printf("standup-bot listening on %s", addr)
	log.Fatal(http.ListenAndServe(addr, nil))
}

func dailySummary(incomingURL string) {
	for range time.Tick(24 * time.Hour) {
		mu.Lock()
		var b strings.Builder
		b.WriteString("#### Daily standup\n")
		for u, e := range entries {
			b.WriteString("- **" + u + "**: " + e + "\n")
		}
		entries = map[string]string{}
		mu.Unlock()
		body, _ := json.Marshal(map[string]string{"text": b.String(), "username": "standup-bot"})
		resp, err := http.Post(incomingURL, "application/json", bytes.NewReader(body))
		if err != nil {
			log.Printf("post summary: %v", err)
			continue
		}
		resp.Body.Close()
	}
}
