package canvases

import (
	"sessioncast/backend/internal/config/common"
)

type Config struct {
	common.Config
	common.Kafka
	common.Redis
	common.ObjectsConfig
	FSDir               string `env:"FS_DIR,required"`
	CanvasDir           string `env:"CANVAS_DIR,default=canvas"`
	TopicCanvasImages   string `env:"TOPIC_CANVAS_IMAGES,required"`
	TopicCanvasTrigger  string `env:"TOPIC_CANVAS_TRIGGER,required"`
	GroupCanvasImage    string `env:"GROUP_CANVAS_IMAGE,required"`
	UseProfiler         bool   `env:"PROFILER_ENABLED,default=false"`
}

func New() *Config {
	cfg := &Config{}
	common.Process(cfg)
	return cfg
}
