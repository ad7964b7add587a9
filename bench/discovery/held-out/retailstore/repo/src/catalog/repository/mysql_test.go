package repository

import (
	"testing"

	"github.com/driftwood-goods/store/catalog/config"
	"github.com/stretchr/testify/assert"
)

func TestBuildDSN(t *testing.T) {
	dsn := buildDSN(config.PersistenceConfig{
		Endpoint: "localhost:3306", DBName: "catalogdb", User: "catalog_user",
		Password: "test-password", ConnectTimeout: 5,
	})
	assert.Equal(t, "catalog_user:test-password@tcp(localhost:3306)/catalogdb?charset=utf8mb4&parseTime=true&timeout=5s", dsn)
}
