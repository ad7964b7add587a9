package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"syscall"

	config "sessioncast/backend/internal/config/storage"
	"sessioncast/backend/internal/sink"
	"sessioncast/backend/pkg/metrics"
	"sessioncast/backend/pkg/objectstorage"
	"sessioncast/backend/pkg/queue"
)

func main() {
	cfg := config.New()
	metrics.New("storage")

	objStore, err := objectstorage.NewS3Storage(&cfg.ObjectsConfig)
	if err != nil {
		log.Fatalf("can't init object storage: %s", err)
	}
	srv := New(cfg, uploader{objStore})

	consumer := queue.NewConsumer(&cfg.Config, &cfg.Kafka, &cfg.Redis, cfg.GroupStorage,
		[]string{cfg.TopicTrigger},
		sink.NewIterator(func(sessionID uint64, data []byte, _ string) {
			if err := srv.Process(sessionID, string(data)); err != nil {
				log.Printf("upload failed for session %d: %s", sessionID, err)
			}
		}), true, cfg.MessageSizeLimit)

	log.Printf("Storage service started")
	sigchan := make(chan os.Signal, 1)
	signal.Notify(sigchan, syscall.SIGINT, syscall.SIGTERM)
	for {
		select {
		case <-sigchan:
			consumer.Commit()
			consumer.Close()
			os.Exit(0)
		default:
			if err := consumer.ConsumeNext(); err != nil {
				log.Fatalf("Error on consumption: %v", err)
			}
		}
	}
}

type uploader struct {
	s interface {
		Upload(reader io.Reader, key string, contentType string, compressed bool) error
	}
}

func (u uploader) Upload(r *bytes.Reader, key, contentType string, compressed bool) error {
	return u.s.Upload(r, key, contentType, compressed)
}


// Storage moves finished session files from the shared volume into the sessions bucket.
type Storage struct {
	cfg *config.Config
	s3  interface {
		Upload(r *bytes.Reader, key, contentType string, compressed bool) error
	}
}

func New(cfg *config.Config, s3 interface {
	Upload(r *bytes.Reader, key, contentType string, compressed bool) error
}) *Storage {
	return &Storage{cfg: cfg, s3: s3}
}

func (s *Storage) Process(sessionID uint64, filePath string) error {
	data, err := os.ReadFile(filePath)
	if err != nil {
		return fmt.Errorf("read session file: %w", err)
	}
	key := strconv.FormatUint(sessionID, 10)
	if len(data) > s.cfg.FileSplitSize {
		if err := s.s3.Upload(bytes.NewReader(data[:s.cfg.FileSplitSize]), key+"/dom.mobs", "application/octet-stream", s.cfg.UseCompression); err != nil {
			return err
		}
		if err := s.s3.Upload(bytes.NewReader(data[s.cfg.FileSplitSize:]), key+"/dom.mobe", "application/octet-stream", s.cfg.UseCompression); err != nil {
			return err
		}
	} else if err := s.s3.Upload(bytes.NewReader(data), key+"/dom.mobs", "application/octet-stream", s.cfg.UseCompression); err != nil {
		return err
	}
	if err := os.Remove(filePath); err != nil {
		log.Printf("can't remove %s: %s", filepath.Base(filePath), err)
	}
	return nil
}
