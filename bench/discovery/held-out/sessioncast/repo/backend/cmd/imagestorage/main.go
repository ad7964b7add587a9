package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"os/signal"
	"syscall"

	config "sessioncast/backend/internal/config/imagestorage"
	"sessioncast/backend/internal/sink"
	"sessioncast/backend/pkg/metrics"
	"sessioncast/backend/pkg/objectstorage"
	"sessioncast/backend/pkg/queue"
)

// imagestorage stores screenshots sent by the mobile trackers.
func main() {
	cfg := config.New()
	metrics.New("imagestorage")

	objStore, err := objectstorage.NewS3Storage(&cfg.ObjectsConfig)
	if err != nil {
		log.Fatalf("can't init object storage: %s", err)
	}

	consumer := queue.NewConsumer(&cfg.Config, &cfg.Kafka, &cfg.Redis, cfg.GroupImageStorage,
		[]string{cfg.TopicRawImages},
		sink.NewIterator(func(sessionID uint64, data []byte, _ string) {
			key := fmt.Sprintf("%d/%s/%d.jpeg", sessionID, cfg.ScreenshotsDir, len(data))
			if err := objStore.Upload(bytes.NewReader(data), key, "image/jpeg", false); err != nil {
				log.Printf("can't upload screenshot: %s", err)
			}
		}), true, cfg.MessageSizeLimit)

	log.Printf("Image storage service started")
	sigchan := make(chan os.Signal, 1)
	signal.Notify(sigchan, syscall.SIGINT, syscall.SIGTERM)
	for {
		select {
		case <-sigchan:
			consumer.Close()
			os.Exit(0)
		default:
			if err := consumer.ConsumeNext(); err != nil {
				log.Fatalf("Error on consumption: %v", err)
			}
		}
	}
}
