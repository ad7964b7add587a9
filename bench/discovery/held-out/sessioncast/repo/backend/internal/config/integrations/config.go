package integrations

import (
	"sessioncast/backend/internal/config/common"
)

type Config struct {
	common.Config
	common.Kafka
	common.Redis
	common.Postgres
	TopicAnalytics string `env:"TOPIC_ANALYTICS,required"`
	TokenSecret    string `env:"TOKEN_SECRET,required"`
	// Per-project third-party credentials are stored in the "integrations" table.
	PollIntervalSec int `env:"INTEGRATIONS_POLL_INTERVAL_SEC,default=60"`
}

func New() *Config {
	cfg := &Config{}
	common.Process(cfg)
	return cfg
}
