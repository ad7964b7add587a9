package main

import (
	"log"
	"os"
	"os/signal"
	"syscall"
	"time"

	config "sessioncast/backend/internal/config/db"
	"sessioncast/backend/internal/sink"
	"sessioncast/backend/pkg/db/clickhouse"
	"sessioncast/backend/pkg/db/postgres"
	"sessioncast/backend/pkg/metrics"
	"sessioncast/backend/pkg/queue"
)

func main() {
	cfg := config.New()
	metrics.New("db")

	// Init postgres connection
	pgConn, err := postgres.New(cfg.Postgres.Postgres, "db")
	if err != nil {
		log.Fatalf("can't init postgres connection: %s", err)
	}
	defer pgConn.Close()

	// Init clickhouse connection (analytics events)
	chConn := clickhouse.NewConnector(cfg.Clickhouse)
	defer chConn.Stop()

	handler := func(sessionID uint64, data []byte, topic string) {
		if err := pgConn.Exec(`INSERT INTO events.pages (session_id, message_id, timestamp, path) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
			sessionID, 0, time.Now().UnixMilli(), string(data)); err != nil {
			log.Printf("pg insert err: %s", err)
		}
		if topic == cfg.TopicAnalytics {
			if err := chConn.InsertWebSession(sessionID, 0, 0); err != nil {
				log.Printf("ch insert err: %s", err)
			}
		}
	}

	consumer := queue.NewConsumer(&cfg.Config, &cfg.Kafka, &cfg.Redis, cfg.GroupDB,
		[]string{cfg.TopicRawWeb, cfg.TopicAnalytics}, sink.NewIterator(handler), false, cfg.MessageSizeLimit)

	log.Printf("Db service started")
	sigchan := make(chan os.Signal, 1)
	signal.Notify(sigchan, syscall.SIGINT, syscall.SIGTERM)
	commitTick := time.Tick(cfg.CommitBatchTimeout)
	for {
		select {
		case <-sigchan:
			consumer.Commit()
			consumer.Close()
			os.Exit(0)
		case <-commitTick:
			chConn.Commit()
			consumer.Commit()
		default:
			if err := consumer.ConsumeNext(); err != nil {
				log.Fatalf("Error on consumption: %v", err)
			}
		}
	}
}
