package config

import (
	"os"
	"strconv"
	"time"
)

// Config holds runtime settings for public-api. Everything comes from the environment.
type Config struct {
	BindAddress    string
	ProductAPIURI  string
	PaymentAPIURI  string
	JaegerEndpoint string
	RequestTimeout time.Duration
	// FeatureLoyalty toggles the loyalty points field in the schema.
	FeatureLoyalty bool
}

func getenv(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return def
}

// Load reads the configuration. Defaults suit `go run .` next to a local product-api.
func Load() Config {
	timeout, err := time.ParseDuration(getenv("REQUEST_TIMEOUT", "5s"))
	if err != nil {
		timeout = 5 * time.Second
	}
	loyalty, _ := strconv.ParseBool(getenv("FEATURE_LOYALTY", "false"))
	return Config{
		BindAddress:    getenv("BIND_ADDRESS", ":8080"),
		ProductAPIURI:  getenv("PRODUCT_API_URI", "http://localhost:9090"),
		PaymentAPIURI:  getenv("PAYMENT_API_URI", "http://localhost:18000"),
		JaegerEndpoint: getenv("JAEGER_ENDPOINT", ""),
		RequestTimeout: timeout,
		FeatureLoyalty: loyalty,
	}
}
