package sink

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/confluentinc/confluent-kafka-go/v2/kafka"

	"github.com/hoglytics/hoglytics/capture/internal/config"
	"github.com/hoglytics/hoglytics/capture/internal/topics"
)

// ProcessedEvent is the envelope the plugin-server ingestion consumer expects.
type ProcessedEvent struct {
	UUID       string `json:"uuid"`
	DistinctID string `json:"distinct_id"`
	IP         string `json:"ip"`
	Data       string `json:"data"`
	Now        string `json:"now"`
	SentAt     string `json:"sent_at,omitempty"`
	Token      string `json:"token"`
	SessionID  string `json:"session_id,omitempty"`
}

type KafkaSink struct {
	producer *kafka.Producer
	main     string
	overflow string
	replay   string
}

func NewKafkaSink(cfg config.KafkaConfig) (*KafkaSink, error) {
	conf := &kafka.ConfigMap{
		"bootstrap.servers":            cfg.Hosts,
		"linger.ms":                    strconv.Itoa(cfg.ProducerLingerMs),
		"queue.buffering.max.messages": cfg.ProducerQueueMessages,
		"compression.codec":            cfg.CompressionCodec,
		"partitioner":                  "murmur2_random",
	}
	if cfg.TLS {
		_ = conf.SetKey("security.protocol", "ssl")
	}
	p, err := kafka.NewProducer(conf)
	if err != nil {
		return nil, fmt.Errorf("creating kafka producer: %w", err)
	}
	return &KafkaSink{
		producer: p,
		main:     topics.WithPrefix(cfg.TopicPrefix, topics.EventsPluginIngestion),
		overflow: topics.WithPrefix(cfg.TopicPrefix, topics.EventsPluginIngestionOverflow),
		replay:   topics.WithPrefix(cfg.TopicPrefix, topics.SessionRecordingSnapshotItems),
	}, nil
}

func (s *KafkaSink) Send(ctx context.Context, ev ProcessedEvent, overflow bool) error {
	topic := s.main
	if ev.SessionID != "" {
		topic = s.replay
	} else if overflow {
		topic = s.overflow
	}
	payload, err := json.Marshal(ev)
	if err != nil {
		return err
	}
	key := ev.Token + ":" + ev.DistinctID
	return s.producer.Produce(&kafka.Message{
		TopicPartition: kafka.TopicPartition{Topic: &topic, Partition: kafka.PartitionAny},
		Key:            []byte(key),
		Value:          payload,
	}, nil)
}

func (s *KafkaSink) Close() {
	s.producer.Flush(10_000)
	s.producer.Close()
}
