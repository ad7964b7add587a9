package storage

import (
	"time"

	"sessioncast/backend/internal/config/common"
)

type Config struct {
	common.Config
	common.Kafka
	common.Redis
	common.ObjectsConfig
	FSDir                string        `env:"FS_DIR,required"`
	FileSplitSize        int           `env:"FILE_SPLIT_SIZE,required"`
	RetryTimeout         time.Duration `env:"RETRY_TIMEOUT,default=2m"`
	GroupStorage         string        `env:"GROUP_STORAGE,required"`
	TopicTrigger         string        `env:"TOPIC_TRIGGER,required"`
	DeleteTimeout        time.Duration `env:"DELETE_TIMEOUT,default=48h"`
	ProducerCloseTimeout int           `env:"PRODUCER_CLOSE_TIMEOUT,default=15000"`
	UseCompression       bool          `env:"USE_ZSTD_COMPRESSION,default=true"`
	MaxFileSize          int64         `env:"MAX_FILE_SIZE,default=524288000"`
}

func New() *Config {
	cfg := &Config{}
	common.Process(cfg)
	return cfg
}
