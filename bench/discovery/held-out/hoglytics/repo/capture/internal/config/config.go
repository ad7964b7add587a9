package config

import (
	"time"

	"github.com/kelseyhightower/envconfig"
)

// Config is populated from the environment (see docker-compose.base.yml / Helm capture-deployment).
type Config struct {
	Address     string `envconfig:"ADDRESS" default:"0.0.0.0:3000"`
	RedisURL    string `envconfig:"REDIS_URL" default:"redis://localhost:6379/"`
	Kafka       KafkaConfig
	Overflow    OverflowConfig
	SentryDSN   string        `envconfig:"SENTRY_DSN"`
	QuotaTTL    time.Duration `envconfig:"QUOTA_REFRESH_INTERVAL" default:"30s"`
	ExportStats bool          `envconfig:"EXPORT_PROMETHEUS" default:"true"`
}

type KafkaConfig struct {
	Hosts                string `envconfig:"KAFKA_HOSTS" default:"kafka:9092"`
	TopicPrefix          string `envconfig:"KAFKA_TOPIC_PREFIX" default:""`
	TLS                  bool   `envconfig:"KAFKA_TLS" default:"false"`
	ProducerLingerMs     int    `envconfig:"KAFKA_PRODUCER_LINGER_MS" default:"20"`
	ProducerQueueMessages int   `envconfig:"KAFKA_PRODUCER_QUEUE_MESSAGES" default:"10000000"`
	CompressionCodec     string `envconfig:"KAFKA_COMPRESSION_CODEC" default:"snappy"`
}

type OverflowConfig struct {
	Enabled      bool    `envconfig:"OVERFLOW_ENABLED" default:"true"`
	PerSecondLimit float64 `envconfig:"OVERFLOW_PER_SECOND_LIMIT" default:"1000"`
	BurstLimit   int     `envconfig:"OVERFLOW_BURST_LIMIT" default:"10000"`
}

func Load() (*Config, error) {
	var c Config
	if err := envconfig.Process("", &c); err != nil {
		return nil, err
	}
	return &c, nil
}
