package common

import (
	"context"
	"log"
	"strings"

	"github.com/sethvargo/go-envconfig"
)

// Config is embedded in every service config.
type Config struct {
	ConfigFilePath   string `env:"CONFIG_FILE_PATH"`
	MessageSizeLimit int    `env:"QUEUE_MESSAGE_SIZE_LIMIT,default=1048576"`
	MaxMemoryUsage   uint64 `env:"MAX_MEMORY_USAGE,default=80"`
	MemoryLimitMB    uint64 `env:"MEMORY_LIMIT_MB,default=0"`
	// QueueType selects the transport between services: "kafka" or "redis".
	QueueType string `env:"QUEUE_TYPE,default=kafka"`
	LogLevel  string `env:"LOG_LEVEL,default=info"`
}

// Kafka holds broker connection settings (read by pkg/kafka).
type Kafka struct {
	KafkaServers   string `env:"KAFKA_SERVERS,default=localhost:9092"`
	KafkaUseSSL    bool   `env:"KAFKA_USE_SSL,default=false"`
	KafkaMaxPollMs int    `env:"KAFKA_MAX_POLL_INTERVAL_MS,default=300000"`
}

// Redis is only used by the redis-streams queue implementation.
type Redis struct {
	RedisString  string `env:"REDIS_STRING,default=redis://localhost:6379"`
	RedisStreamsMaxLen int64 `env:"REDIS_STREAMS_MAX_LEN,default=10000"`
}

type Postgres struct {
	Postgres string `env:"POSTGRES_STRING,default=postgres://postgres:postgres@localhost:5432/postgres"`
	ApplicationName string `env:"SERVICE_NAME,default=worker"`
}

type Clickhouse struct {
	URL      string `env:"CLICKHOUSE_STRING,default=tcp://localhost:9000/default"`
	UserName string `env:"CLICKHOUSE_USERNAME,default=default"`
	Password string `env:"CLICKHOUSE_PASSWORD,default="`
}

type ObjectsConfig struct {
	ServiceName  string `env:"SERVICE_NAME"`
	CloudName    string `env:"CLOUD,default=aws"`
	BucketName   string `env:"BUCKET_NAME"`
	AWSRegion    string `env:"AWS_REGION,default=us-east-1"`
	AWSEndpoint  string `env:"AWS_ENDPOINT,default=http://localhost:9000"`
	AWSAccessKey string `env:"AWS_ACCESS_KEY_ID"`
	AWSSecretKey string `env:"AWS_SECRET_ACCESS_KEY"`
	AWSSkipSSL   bool   `env:"AWS_SKIP_SSL_VALIDATION,default=false"`
}

func Process(cfg interface{}) {
	if err := envconfig.Process(context.Background(), cfg); err != nil {
		log.Fatalf("error while processing env vars: %s", err)
	}
}

func SplitTopics(s string) []string {
	out := []string{}
	for _, t := range strings.Split(s, ",") {
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, t)
		}
	}
	return out
}
