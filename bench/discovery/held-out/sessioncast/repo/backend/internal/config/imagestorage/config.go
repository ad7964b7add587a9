package imagestorage

import (
	"sessioncast/backend/internal/config/common"
)

type Config struct {
	common.Config
	common.Kafka
	common.Redis
	common.ObjectsConfig
	FSDir          string `env:"FS_DIR,required"`
	ScreenshotsDir string `env:"SCREENSHOTS_DIR,default=screenshots"`
	TopicRawImages string `env:"TOPIC_RAW_IMAGES,required"`
	GroupImageStorage string `env:"GROUP_IMAGE_STORAGE,required"`
	UseProfiler    bool   `env:"PROFILER_ENABLED,default=false"`
}

func New() *Config {
	cfg := &Config{}
	common.Process(cfg)
	return cfg
}
