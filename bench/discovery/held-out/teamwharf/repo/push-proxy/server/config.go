package server

import (
	"encoding/json"
	"os"
)

type ApplePushSettings struct {
	Type                  string `json:"Type"`
	ApplePushUseDevelopment bool `json:"ApplePushUseDevelopment"`
	ApplePushTopic        string `json:"ApplePushTopic"`
	AppleAuthKeyFile      string `json:"AppleAuthKeyFile"`
	AppleAuthKeyID        string `json:"AppleAuthKeyID"`
	AppleTeamID           string `json:"AppleTeamID"`
}

type AndroidPushSettings struct {
	Type               string `json:"Type"`
	ServiceFileLocation string `json:"ServiceFileLocation"`
}

type Config struct {
	ListenAddress       string                `json:"ListenAddress"`
	ThrottlePerSec      int                   `json:"ThrottlePerSec"`
	ApplePushSettings   []ApplePushSettings   `json:"ApplePushSettings"`
	AndroidPushSettings []AndroidPushSettings `json:"AndroidPushSettings"`
	EnableMetrics       bool                  `json:"EnableMetrics"`
}

func LoadConfig(path string) (*Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	c := &Config{}
	if err := json.Unmarshal(b, c); err != nil {
		return nil, err
	}
	if v := os.Getenv("PUSH_PROXY_APPLE_USE_DEVELOPMENT"); v == "true" {
		for i := range c.ApplePushSettings {
			c.ApplePushSettings[i].ApplePushUseDevelopment = true
		}
	}
	return c, nil
}
