package main

import (
	"log"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	config "sessioncast/backend/internal/config/ender"
	"sessioncast/backend/internal/sink"
	"sessioncast/backend/pkg/db/postgres"
	"sessioncast/backend/pkg/messages"
	"sessioncast/backend/pkg/metrics"
	"sessioncast/backend/pkg/queue"
)

// ender watches the raw stream and emits SessionEnd once a session has been silent long enough.
func main() {
	cfg := config.New()
	metrics.New("ender")

	pgConn, err := postgres.New(cfg.Postgres.Postgres, "ender")
	if err != nil {
		log.Fatalf("can't init postgres connection: %s", err)
	}
	defer pgConn.Close()

	producer := queue.NewProducer(&cfg.Config, &cfg.Kafka, &cfg.Redis, cfg.MessageSizeLimit, true)
	defer producer.Close(15000)

	var mu sync.Mutex
	lastSeen := map[uint64]int64{}
	consumer := queue.NewConsumer(&cfg.Config, &cfg.Kafka, &cfg.Redis, cfg.GroupEnder,
		[]string{cfg.TopicRawWeb},
		sink.NewIterator(func(sessionID uint64, _ []byte, _ string) {
			mu.Lock()
			lastSeen[sessionID] = time.Now().UnixMilli()
			mu.Unlock()
		}), false, cfg.MessageSizeLimit)

	log.Printf("Ender service started")
	sigchan := make(chan os.Signal, 1)
	signal.Notify(sigchan, syscall.SIGINT, syscall.SIGTERM)
	tick := time.Tick(10 * time.Second)
	for {
		select {
		case <-sigchan:
			producer.Close(cfg.ProducerTimeout)
			consumer.Commit()
			consumer.Close()
			os.Exit(0)
		case <-tick:
			now := time.Now().UnixMilli()
			mu.Lock()
			for sessID, ts := range lastSeen {
				if now-ts < 30*60*1000 {
					continue
				}
				if err := pgConn.Exec(`UPDATE sessions SET duration=$2 - start_ts WHERE session_id=$1 AND duration IS NULL`, sessID, ts); err != nil {
					log.Printf("can't update session duration: %s", err)
					continue
				}
				msg := messages.NewSessionEnd(sessID, uint64(ts))
				if err := producer.Produce(cfg.TopicTrigger, sessID, msg.Encode()); err != nil {
					log.Printf("can't send SessionEnd to topic: %s", err)
					continue
				}
				delete(lastSeen, sessID)
			}
			mu.Unlock()
			producer.Flush(cfg.ProducerTimeout)
			consumer.Commit()
		default:
			if err := consumer.ConsumeNext(); err != nil {
				log.Fatalf("Error on consumption: %v", err)
			}
		}
	}
}
