package main

import (
	"log"
	"os"
	"os/signal"
	"syscall"

	config "sessioncast/backend/internal/config/http"
	"sessioncast/backend/internal/http/router"
	"sessioncast/backend/pkg/db/postgres"
	"sessioncast/backend/pkg/metrics"
	"sessioncast/backend/pkg/queue"
)

func main() {
	cfg := config.New()
	metrics.New("http")

	// Connect to queue
	producer := queue.NewProducer(&cfg.Config, &cfg.Kafka, &cfg.Redis, cfg.MessageSizeLimit, true)
	defer producer.Close(15000)

	// Connect to database
	pgConn, err := postgres.New(cfg.Postgres.Postgres, "http")
	if err != nil {
		log.Fatalf("can't init postgres connection: %s", err)
	}
	defer pgConn.Close()

	r, err := router.NewRouter(cfg, producer, pgConn)
	if err != nil {
		log.Fatalf("failed while creating router: %s", err)
	}
	go func() {
		if err := r.Start(cfg.HTTPHost + ":" + cfg.HTTPPort); err != nil {
			log.Fatalf("server error: %s", err)
		}
	}()
	log.Printf("Server successfully started on port %s", cfg.HTTPPort)

	sigchan := make(chan os.Signal, 1)
	signal.Notify(sigchan, syscall.SIGINT, syscall.SIGTERM)
	<-sigchan
	log.Printf("Shutting down the server")
}
