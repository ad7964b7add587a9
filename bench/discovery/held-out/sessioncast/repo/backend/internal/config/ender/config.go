package ender

import (
	"time"

	"sessioncast/backend/internal/config/common"
)

type Config struct {
	common.Config
	common.Kafka
	common.Redis
	common.Postgres
	ProjectExpiration    time.Duration `env:"PROJECT_EXPIRATION,default=10m"`
	GroupEnder           string        `env:"GROUP_ENDER,required"`
	LoggerTimeout        int           `env:"LOG_QUEUE_STATS_INTERVAL_SEC,required"`
	TopicRawWeb          string        `env:"TOPIC_RAW_WEB,required"`
	TopicTrigger         string        `env:"TOPIC_TRIGGER,required"`
	ProducerTimeout      int           `env:"PRODUCER_TIMEOUT,default=2000"`
	PartitionsNumber     int           `env:"PARTITIONS_NUMBER,required"`
	UseEncryption        bool          `env:"USE_ENCRYPTION,default=false"`
}

func New() *Config {
	cfg := &Config{}
	common.Process(cfg)
	return cfg
}
