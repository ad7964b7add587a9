// Package test contains helpers shared by unit tests. Tests expect the stack started by
// `make test_env_up` (tests/docker-compose.test.yml) on the local machine.
package test

import (
	"os"
	"strconv"
	"testing"

	"github.com/berthdock/berthdock/src/common/dao"
	"github.com/berthdock/berthdock/src/common/models"
)

// InitDatabaseFromEnv is used to initialize database for testing
func InitDatabaseFromEnv() {
	dbHost := os.Getenv("POSTGRESQL_HOST")
	if len(dbHost) == 0 {
		dbHost = "127.0.0.1"
	}
	dbPortStr := os.Getenv("POSTGRESQL_PORT")
	if len(dbPortStr) == 0 {
		dbPortStr = "5432"
	}
	dbPort, err := strconv.Atoi(dbPortStr)
	if err != nil {
		panic(err)
	}
	dbUser := os.Getenv("POSTGRESQL_USR")
	if len(dbUser) == 0 {
		dbUser = "postgres"
	}
	dbPassword := os.Getenv("POSTGRESQL_PWD")
	if len(dbPassword) == 0 {
		dbPassword = "root123"
	}
	dbDatabase := os.Getenv("POSTGRESQL_DATABASE")
	if len(dbDatabase) == 0 {
		dbDatabase = "registry"
	}

	database := &models.Database{
		Type: "postgresql",
		PostGreSQL: &models.PostGreSQL{
			Host:     dbHost,
			Port:     dbPort,
			Username: dbUser,
			Password: dbPassword,
			Database: dbDatabase,
			SSLMode:  "disable",
		},
	}
	if err := dao.InitDatabase(database); err != nil {
		panic(err)
	}
}

// GetRedisURL returns the redis URL of the test environment
func GetRedisURL() string {
	redisHost := os.Getenv("REDIS_HOST")
	if redisHost == "" {
		redisHost = "127.0.0.1"
	}
	return "redis://" + redisHost + ":6379"
}

// SkipIfShort skips integration tests with -short
func SkipIfShort(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping integration test")
	}
}
