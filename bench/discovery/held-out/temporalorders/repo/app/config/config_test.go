package config

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLoadDefaults(t *testing.T) {
	t.Setenv("ORDER_API_URL", "")
	t.Setenv("TEMPORAL_ADDRESS", "")

	c := Load()

	assert.Equal(t, "http://localhost:8082", c.OrderURL)
	assert.Equal(t, "http://localhost:8081", c.BillingURL)
	assert.Equal(t, "localhost:7233", c.TemporalAddress)
	assert.Equal(t, "127.0.0.1:8084", c.ListenAddress(DefaultFraudPort))
}

func TestLoadOverrides(t *testing.T) {
	t.Setenv("FRAUD_API_URL", "http://fraud.test:9999")
	t.Setenv("METRICS_PORT", "not-a-number")

	c := Load()

	assert.Equal(t, "http://fraud.test:9999", c.FraudURL)
	assert.Equal(t, DefaultMetricsPort, c.MetricsPort)
}
