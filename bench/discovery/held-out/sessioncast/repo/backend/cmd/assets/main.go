package main

import (
	"bytes"
	"io"
	"log"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	config "sessioncast/backend/internal/config/assets"
	"sessioncast/backend/internal/sink"
	"sessioncast/backend/pkg/metrics"
	"sessioncast/backend/pkg/objectstorage"
	"sessioncast/backend/pkg/queue"
)

// assets downloads stylesheets/fonts referenced by recorded pages and caches them in the assets bucket
// so replays keep working after the customer site changes.
func main() {
	cfg := config.New()
	metrics.New("assets")

	objStore, err := objectstorage.NewS3Storage(&cfg.ObjectsConfig)
	if err != nil {
		log.Fatalf("can't init object storage: %s", err)
	}
	client := &http.Client{Timeout: 30 * time.Second}

	consumer := queue.NewConsumer(&cfg.Config, &cfg.Kafka, &cfg.Redis, cfg.GroupCache,
		[]string{cfg.TopicCache},
		sink.NewIterator(func(sessionID uint64, data []byte, _ string) {
			assetURL := string(data)
			req, err := http.NewRequest(http.MethodGet, assetURL, nil)
			if err != nil {
				return
			}
			for k, v := range cfg.AssetsRequestHeaders {
				req.Header.Set(k, v)
			}
			res, err := client.Do(req)
			if err != nil {
				log.Printf("can't download asset %s: %s", assetURL, err)
				return
			}
			defer res.Body.Close()
			body, err := io.ReadAll(io.LimitReader(res.Body, int64(cfg.AssetsSizeLimit)))
			if err != nil {
				return
			}
			u, _ := url.Parse(assetURL)
			key := strings.TrimPrefix(u.Host+u.Path, "/")
			if err := objStore.Upload(bytes.NewReader(body), key, res.Header.Get("Content-Type"), false); err != nil {
				log.Printf("can't upload asset %s: %s", key, err)
			}
		}), true, cfg.MessageSizeLimit)

	log.Printf("Cacher service started")
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
