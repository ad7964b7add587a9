package main

import (
	"archive/tar"
	"bytes"
	"fmt"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	config "sessioncast/backend/internal/config/canvases"
	"sessioncast/backend/internal/sink"
	"sessioncast/backend/pkg/metrics"
	"sessioncast/backend/pkg/objectstorage"
	"sessioncast/backend/pkg/queue"
)

func main() {
	cfg := config.New()
	metrics.New("canvases")

	objStore, err := objectstorage.NewS3Storage(&cfg.ObjectsConfig)
	if err != nil {
		log.Fatalf("can't init object storage: %s", err)
	}
	workDir := filepath.Join(cfg.FSDir, cfg.CanvasDir)
	os.MkdirAll(workDir, 0755)

	consumer := queue.NewConsumer(&cfg.Config, &cfg.Kafka, &cfg.Redis, cfg.GroupCanvasImage,
		[]string{cfg.TopicCanvasImages, cfg.TopicCanvasTrigger},
		sink.NewIterator(func(sessionID uint64, data []byte, topic string) {
			sessDir := filepath.Join(workDir, fmt.Sprint(sessionID))
			if topic == cfg.TopicCanvasImages {
				os.MkdirAll(sessDir, 0755)
				name := fmt.Sprintf("%d.jpeg", len(data))
				if err := os.WriteFile(filepath.Join(sessDir, name), data, 0644); err != nil {
					log.Printf("can't save canvas frame: %s", err)
				}
				return
			}
			// trigger: pack everything for this session and upload it
			var buf bytes.Buffer
			tw := tar.NewWriter(&buf)
			entries, _ := os.ReadDir(sessDir)
			for _, e := range entries {
				b, _ := os.ReadFile(filepath.Join(sessDir, e.Name()))
				tw.WriteHeader(&tar.Header{Name: e.Name(), Mode: 0644, Size: int64(len(b))})
				tw.Write(b)
			}
			tw.Close()
			key := fmt.Sprintf("%d/canvas.tar.zst", sessionID)
			if err := objStore.Upload(&buf, key, "application/octet-stream", true); err != nil {
				log.Printf("can't upload canvas archive: %s", err)
			}
			os.RemoveAll(sessDir)
		}), true, cfg.MessageSizeLimit)

	log.Printf("Canvases service started")
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
