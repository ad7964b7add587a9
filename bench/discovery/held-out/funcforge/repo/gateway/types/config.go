package types

import (
	"net/url"
	"os"
	"strconv"
	"time"
)

// GatewayConfig is read from environment variables. The Helm chart and the
// forged compose file set these, see chart/funcforge/templates/gateway-dep.yaml.
type GatewayConfig struct {
	ReadTimeout          time.Duration
	WriteTimeout         time.Duration
	UpstreamTimeout      time.Duration
	FunctionsProviderURL *url.URL
	PrometheusHost       string
	PrometheusPort       int
	NATSAddress          string
	NATSPort             int
	NATSSubject          string
	NATSStream           string
	AuthProxyURL         string
	AuthProxyPassBody    bool
	UseBasicAuth         bool
	SecretMountPath      string
	DirectFunctions      bool
	DirectFunctionsSuffix string
	ScaleFromZero        bool
	MaxIdleConns         int
}

func envOr(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return fallback
}

func parseDuration(key string, fallback time.Duration) time.Duration {
	if d, err := time.ParseDuration(envOr(key, "")); err == nil {
		return d
	}
	return fallback
}

func parseBool(key string) bool {
	b, _ := strconv.ParseBool(envOr(key, "false"))
	return b
}

func parseInt(key string, fallback int) int {
	if i, err := strconv.Atoi(envOr(key, "")); err == nil {
		return i
	}
	return fallback
}

// ReadConfig builds the gateway configuration from the process environment.
func ReadConfig() (GatewayConfig, error) {
	cfg := GatewayConfig{
		ReadTimeout:     parseDuration("read_timeout", 10*time.Second),
		WriteTimeout:    parseDuration("write_timeout", 10*time.Second),
		UpstreamTimeout: parseDuration("upstream_timeout", 9*time.Second),
		PrometheusHost:  envOr("faas_prometheus_host", "prometheus"),
		PrometheusPort:  parseInt("faas_prometheus_port", 9090),
		NATSAddress:     envOr("faas_nats_address", ""),
		NATSPort:        parseInt("faas_nats_port", 4222),
		NATSSubject:     envOr("faas_nats_subject", "faas-request"),
		NATSStream:      envOr("faas_nats_stream", "funcforge-requests"),
		AuthProxyURL:    envOr("auth_proxy_url", ""),
		AuthProxyPassBody: parseBool("auth_pass_body"),
		UseBasicAuth:    parseBool("basic_auth"),
		SecretMountPath: envOr("secret_mount_path", "/run/secrets/"),
		DirectFunctions: parseBool("direct_functions"),
		DirectFunctionsSuffix: envOr("direct_functions_suffix", ""),
		ScaleFromZero:   parseBool("scale_from_zero"),
		MaxIdleConns:    parseInt("max_idle_conns", 1024),
	}

	providerURL, err := url.Parse(envOr("functions_provider_url", "http://127.0.0.1:8081/"))
	if err != nil {
		return cfg, err
	}
	cfg.FunctionsProviderURL = providerURL
	return cfg, nil
}

// UseNATS reports whether asynchronous invocations are enabled.
func (c GatewayConfig) UseNATS() bool {
	return c.NATSAddress != ""
}
