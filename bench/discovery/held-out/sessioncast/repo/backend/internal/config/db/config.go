package db

import (
	"time"

	"sessioncast/backend/internal/config/common"
)

type Config struct {
	common.Config
	common.Kafka
	common.Redis
	common.Postgres
	common.Clickhouse
	ProjectExpiration    time.Duration `env:"PROJECT_EXPIRATION,default=10m"`
	LoggerTimeout        int           `env:"LOG_QUEUE_STATS_INTERVAL_SEC,required"`
	GroupDB              string        `env:"GROUP_DB,required"`
	TopicRawWeb          string        `env:"TOPIC_RAW_WEB,required"`
	TopicAnalytics       string        `env:"TOPIC_ANALYTICS,required"`
	CommitBatchTimeout   time.Duration `env:"COMMIT_BATCH_TIMEOUT,default=15s"`
	BatchQueueLimit      int           `env:"DB_BATCH_QUEUE_LIMIT,required"`
	BatchSizeLimit       int           `env:"DB_BATCH_SIZE_LIMIT,required"`
	UseQuickwit          bool          `env:"QUICKWIT_ENABLED,default=false"`
	QuickwitTopic        string        `env:"QUICKWIT_TOPIC,default=saas-quickwit"`
	ProducerCloseTimeout int           `env:"PRODUCER_CLOSE_TIMEOUT,default=15000"`
}

func New() *Config {
	cfg := &Config{}
	common.Process(cfg)
	return cfg
}
