package main

import (
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	config "sessioncast/backend/internal/config/sink"
	"sessioncast/backend/internal/sink"
	"sessioncast/backend/pkg/messages"
	"sessioncast/backend/pkg/metrics"
	"sessioncast/backend/pkg/queue"
)

func main() {
	cfg := config.New()
	metrics.New("sink")

	if _, err := os.Stat(cfg.FsDir); os.IsNotExist(err) {
		log.Fatalf("%v doesn't exist. %v", cfg.FsDir, err)
	}

	producer := queue.NewProducer(&cfg.Config, &cfg.Kafka, &cfg.Redis, cfg.MessageSizeLimit, true)
	defer producer.Close(cfg.ProducerCloseTimeout)

	writer := sink.NewSessionWriter(cfg.FsDir, cfg.FsUlimit, cfg.FileBuffer)
	assetRewriter := sink.NewAssetsRewriter(cfg.AssetsOrigin)

	iter := sink.NewIterator(func(sessionID uint64, data []byte, topic string) {
		if cfg.CacheAssets {
			for _, u := range assetRewriter.ExtractURLs(data) {
				if err := producer.Produce(cfg.TopicCache, sessionID, []byte(u)); err != nil {
					log.Printf("can't send asset to cache topic: %s", err)
				}
			}
		}
		if err := writer.Write(sessionID, topic == cfg.TopicRawIOS, data); err != nil {
			log.Printf("writer error: %s", err)
		}
		if messages.IsSessionEnd(data) {
			writer.Close(sessionID)
			path := filepath.Join(cfg.FsDir, strconv.FormatUint(sessionID, 10))
			if err := producer.Produce(cfg.TopicTrigger, sessionID, []byte(path)); err != nil {
				log.Printf("can't send SessionEnd to trigger topic: %s", err)
			}
		}
	})

	consumer := queue.NewConsumer(&cfg.Config, &cfg.Kafka, &cfg.Redis, cfg.GroupSink,
		[]string{cfg.TopicRawWeb, cfg.TopicRawIOS}, iter, false, cfg.MessageSizeLimit)
	log.Printf("Sink service started")

	sigchan := make(chan os.Signal, 1)
	signal.Notify(sigchan, syscall.SIGINT, syscall.SIGTERM)
	tick := time.Tick(time.Duration(cfg.SyncTimeout) * time.Second)
	for {
		select {
		case sig := <-sigchan:
			log.Printf("Caught signal %v: terminating", sig)
			writer.Stop()
			consumer.Commit()
			consumer.Close()
			os.Exit(0)
		case <-tick:
			writer.Sync()
			consumer.Commit()
		default:
			if err := consumer.ConsumeNext(); err != nil {
				log.Fatalf("Error on consumption: %v", err)
			}
		}
	}
}
