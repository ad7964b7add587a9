package main

import (
	"os"
	"time"
)

type ProviderConfig struct {
	Port              string
	FunctionNamespace string
	ClusterRole       bool
	ReadTimeout       time.Duration
	WriteTimeout      time.Duration
	ImagePullPolicy   string
	ProbeLivenessPath string
}

func getEnv(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

func ReadConfig() ProviderConfig {
	rt, _ := time.ParseDuration(getEnv("read_timeout", "60s"))
	wt, _ := time.ParseDuration(getEnv("write_timeout", "60s"))
	return ProviderConfig{
		Port:              getEnv("port", "8081"),
		FunctionNamespace: getEnv("function_namespace", "funcforge-fn"),
		ClusterRole:       getEnv("cluster_role", "false") == "true",
		ReadTimeout:       rt,
		WriteTimeout:      wt,
		ImagePullPolicy:   getEnv("image_pull_policy", "Always"),
		ProbeLivenessPath: getEnv("liveness_probe_path", "/_/health"),
	}
}
