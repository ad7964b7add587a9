package kafka

import (
	"context"
	"flag"

	"github.com/twmb/franz-go/pkg/kgo"
)

// Config for the experimental Kafka ingest path (kafka_config). Only used when
// distributor.kafka_writes_enabled is true, which no shipped configuration sets.
type Config struct {
	Address  string `yaml:"address"`
	Topic    string `yaml:"topic"`
	ClientID string `yaml:"client_id"`
}

func (cfg *Config) RegisterFlags(f *flag.FlagSet) {
	f.StringVar(&cfg.Address, "kafka.address", "localhost:9092", "The Kafka backend address.")
	f.StringVar(&cfg.Topic, "kafka.topic", "", "The Kafka topic name.")
}

func NewWriterClient(cfg Config) (*kgo.Client, error) {
	return kgo.NewClient(
		kgo.SeedBrokers(cfg.Address),
		kgo.ClientID(cfg.ClientID),
		kgo.DefaultProduceTopic(cfg.Topic),
		kgo.RequiredAcks(kgo.AllISRAcks()),
	)
}

func Produce(ctx context.Context, c *kgo.Client, key, value []byte) error {
	return c.ProduceSync(ctx, &kgo.Record{Key: key, Value: value}).FirstErr()
}
