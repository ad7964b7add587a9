package main

import (
	"bytes"
	"log"
	"os"
	"os/signal"
	"syscall"
	"time"

	config "sessioncast/backend/internal/config/heuristics"
	"sessioncast/backend/internal/sink"
	"sessioncast/backend/pkg/metrics"
	"sessioncast/backend/pkg/queue"
)

// heuristics detects rage clicks, dead clicks, memory issues, etc. and republishes them as analytics events.
func main() {
	cfg := config.New()
	metrics.New("heuristics")

	producer := queue.NewProducer(&cfg.Config, &cfg.Kafka, &cfg.Redis, cfg.MessageSizeLimit, true)
	defer producer.Close(15000)

	detectors := []func([]byte) []byte{clickRageDetector, cpuIssueDetector}
	consumer := queue.NewConsumer(&cfg.Config, &cfg.Kafka, &cfg.Redis, cfg.GroupHeuristics,
		[]string{cfg.TopicRawWeb, cfg.TopicRawIOS},
		sink.NewIterator(func(sessionID uint64, data []byte, _ string) {
			for _, d := range detectors {
				if ev := d(data); ev != nil {
					if err := producer.Produce(cfg.TopicAnalytics, sessionID, ev); err != nil {
						log.Printf("can't send issue event: %s", err)
					}
				}
			}
		}), false, cfg.MessageSizeLimit)

	log.Printf("Heuristics service started")
	sigchan := make(chan os.Signal, 1)
	signal.Notify(sigchan, syscall.SIGINT, syscall.SIGTERM)
	tick := time.Tick(time.Duration(cfg.LoggerTimeout) * time.Second)
	for {
		select {
		case <-sigchan:
			producer.Flush(cfg.ProducerTimeout)
			consumer.Commit()
			consumer.Close()
			os.Exit(0)
		case <-tick:
			producer.Flush(cfg.ProducerTimeout)
			consumer.Commit()
		default:
			if err := consumer.ConsumeNext(); err != nil {
				log.Fatalf("Error on consumption: %v", err)
			}
		}
	}
}

func clickRageDetector(data []byte) []byte {
	if bytes.Count(data, []byte("MouseClick")) >= 3 {
		return []byte("click_rage")
	}
	return nil
}

func cpuIssueDetector(data []byte) []byte {
	if bytes.Contains(data, []byte("PerformanceTrack")) {
		return []byte("cpu")
	}
	return nil
}
