package http

import (
	"time"

	"sessioncast/backend/internal/config/common"
)

type Config struct {
	common.Config
	common.Kafka
	common.Redis
	common.Postgres
	HTTPHost          string        `env:"HTTP_HOST,default="`
	HTTPPort          string        `env:"HTTP_PORT,required"`
	HTTPTimeout       time.Duration `env:"HTTP_TIMEOUT,default=60s"`
	TopicRawWeb       string        `env:"TOPIC_RAW_WEB,required"`
	TopicRawIOS       string        `env:"TOPIC_RAW_IOS,required"`
	TopicRawImages    string        `env:"TOPIC_RAW_IMAGES,required"`
	TopicCanvasImages string        `env:"TOPIC_CANVAS_IMAGES,required"`
	BeaconSizeLimit   int64         `env:"BEACON_SIZE_LIMIT,required"`
	JsonSizeLimit     int64         `env:"JSON_SIZE_LIMIT,default=1000"`
	FileSizeLimit     int64         `env:"FILE_SIZE_LIMIT,default=10000000"`
	TokenSecret       string        `env:"TOKEN_SECRET,required"`
	UAParserFile      string        `env:"UAPARSER_FILE,required"`
	MaxMinDBFile      string        `env:"MAXMINDDB_FILE,required"`
	UseProfiler       bool          `env:"PROFILER_ENABLED,default=false"`
	ProjectExpiration time.Duration `env:"PROJECT_EXPIRATION,default=10m"`
	RecordCanvas      bool          `env:"RECORD_CANVAS,default=false"`
	CanvasQuality     string        `env:"CANVAS_QUALITY,default=low"`
}

func New() *Config {
	cfg := &Config{}
	common.Process(cfg)
	return cfg
}
