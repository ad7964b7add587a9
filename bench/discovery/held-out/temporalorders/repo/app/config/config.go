// Package config holds the runtime settings shared by every oms subcommand.
// Values come from the environment (set by docker-compose / the K8s ConfigMap)
// and fall back to localhost defaults so `oms api --service all` works out of the box.
package config

import (
	"fmt"
	"os"
	"strconv"
)

// Default ports, one per API. The UI and the compose file use the same numbers.
const (
	DefaultBillingPort  = 8081
	DefaultOrderPort    = 8082
	DefaultShipmentPort = 8083
	DefaultFraudPort    = 8084
	DefaultCodecPort    = 8089
	DefaultMetricsPort  = 9090
)

// Config is the resolved configuration for one process.
type Config struct {
	TemporalAddress   string
	TemporalNamespace string

	BindOnIP string

	BillingURL  string
	OrderURL    string
	ShipmentURL string
	FraudURL    string

	MongoURL      string
	MongoDatabase string
	DataDir       string

	EncryptionKeyID string
	MetricsPort     int
}

// Load reads the environment.
func Load() Config {
	return Config{
		TemporalAddress:   getenv("TEMPORAL_ADDRESS", "localhost:7233"),
		TemporalNamespace: getenv("TEMPORAL_NAMESPACE", "default"),

		BindOnIP: getenv("BIND_ON_IP", "127.0.0.1"),

		BillingURL:  getenv("BILLING_API_URL", localURL(DefaultBillingPort)),
		OrderURL:    getenv("ORDER_API_URL", localURL(DefaultOrderPort)),
		ShipmentURL: getenv("SHIPMENT_API_URL", localURL(DefaultShipmentPort)),
		FraudURL:    getenv("FRAUD_API_URL", localURL(DefaultFraudPort)),

		MongoURL:      os.Getenv("MONGO_URL"),
		MongoDatabase: getenv("MONGO_DATABASE", "tidewater_oms"),
		DataDir:       getenv("DATA_DIR", "./data"),

		EncryptionKeyID: os.Getenv("ENCRYPTION_KEY_ID"),
		MetricsPort:     getenvInt("METRICS_PORT", DefaultMetricsPort),
	}
}

// ListenAddress returns the host:port an API binds to.
func (c Config) ListenAddress(port int) string {
	return fmt.Sprintf("%s:%d", c.BindOnIP, port)
}

func localURL(port int) string {
	return fmt.Sprintf("http://localhost:%d", port)
}

func getenv(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return def
}

func getenvInt(key string, def int) int {
	v := os.Getenv(key)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return def
	}
	return n
}
