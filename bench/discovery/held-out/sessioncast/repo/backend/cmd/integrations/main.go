package main

import (
	"encoding/json"
	"log"
	"os"
	"os/signal"
	"syscall"
	"time"

	config "sessioncast/backend/internal/config/integrations"
	"sessioncast/backend/internal/integrations/clients"
	"sessioncast/backend/pkg/db/postgres"
	"sessioncast/backend/pkg/metrics"
	"sessioncast/backend/pkg/queue"
)

type integration struct {
	ProjectID   uint32          `json:"project_id"`
	Provider    string          `json:"provider"`
	Options     json.RawMessage `json:"options"`
	RequestData json.RawMessage `json:"request_data"`
}

func main() {
	cfg := config.New()
	metrics.New("integrations")

	pg, err := postgres.New(cfg.Postgres.Postgres, "integrations")
	if err != nil {
		log.Fatalf("can't init postgres connection: %s", err)
	}
	defer pg.Close()

	producer := queue.NewProducer(&cfg.Config, &cfg.Kafka, &cfg.Redis, cfg.MessageSizeLimit, true)
	defer producer.Close(15000)

	// Notified by a trigger on public.integrations whenever a user adds/edits a provider.
	updates, err := pg.Listen("integration")
	if err != nil {
		log.Fatalf("can't listen to integration channel: %s", err)
	}

	manager := clients.NewManager()
	var rows []integration
	if err := pg.QueryRow(`SELECT json_agg(i) FROM integrations i WHERE provider IN ('sentry','datadog','elasticsearch','stackdriver')`).Scan(&rows); err != nil {
		log.Printf("can't load integrations: %s", err)
	}
	for _, i := range rows {
		manager.Update(i.ProjectID, i.Provider, i.Options)
	}

	sigchan := make(chan os.Signal, 1)
	signal.Notify(sigchan, syscall.SIGINT, syscall.SIGTERM)
	tick := time.Tick(time.Duration(cfg.PollIntervalSec) * time.Second)
	log.Printf("Integration service started")
	for {
		select {
		case <-sigchan:
			producer.Close(15000)
			os.Exit(0)
		case payload := <-updates:
			var i integration
			if err := json.Unmarshal([]byte(payload), &i); err == nil {
				manager.Update(i.ProjectID, i.Provider, i.Options)
			}
		case <-tick:
			for _, ev := range manager.RequestAll() {
				if err := producer.Produce(cfg.TopicAnalytics, ev.SessionID, ev.Payload); err != nil {
					log.Printf("can't send integration event: %s", err)
				}
			}
			if err := pg.Exec(`UPDATE integrations SET request_data = now()::text WHERE provider IS NOT NULL`); err != nil {
				log.Printf("can't update request data: %s", err)
			}
		}
	}
}
