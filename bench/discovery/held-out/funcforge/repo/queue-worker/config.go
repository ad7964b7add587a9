package main

import (
	"os"
	"strconv"
	"strings"
	"time"
)

type QueueWorkerConfig struct {
	NATSAddress    string
	NATSPort       int
	Subject        string
	Stream         string
	Durable        string
	GatewayAddress string
	GatewayPort    int
	GatewayInvoke  bool
	FunctionSuffix string
	MaxInflight    int
	AckWait        time.Duration
	MaxRetries     int
	BasicAuth      bool
	SecretMount    string
}

func env(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

func envInt(key string, def int) int {
	if i, err := strconv.Atoi(os.Getenv(key)); err == nil {
		return i
	}
	return def
}

// ReadConfig mirrors the env vars set in chart/funcforge/templates/queueworker-dep.yaml.
func ReadConfig() QueueWorkerConfig {
	ack, err := time.ParseDuration(env("ack_wait", "60s"))
	if err != nil {
		ack = 60 * time.Second
	}
	invoke, _ := strconv.ParseBool(env("gateway_invoke", "true"))
	ba, _ := strconv.ParseBool(env("basic_auth", "false"))
	return QueueWorkerConfig{
		NATSAddress:    env("faas_nats_address", "nats"),
		NATSPort:       envInt("faas_nats_port", 4222),
		Subject:        env("faas_nats_subject", "faas-request"),
		Stream:         env("faas_nats_stream", "funcforge-requests"),
		Durable:        env("faas_nats_durable", "funcforge-workers"),
		GatewayAddress: env("faas_gateway_address", "gateway"),
		GatewayPort:    envInt("faas_gateway_port", 8080),
		GatewayInvoke:  invoke,
		FunctionSuffix: strings.TrimSpace(env("faas_function_suffix", "")),
		MaxInflight:    envInt("max_inflight", 1),
		AckWait:        ack,
		MaxRetries:     envInt("max_retry_attempts", 10),
		BasicAuth:      ba,
		SecretMount:    env("secret_mount_path", "/var/secrets"),
	}
}
