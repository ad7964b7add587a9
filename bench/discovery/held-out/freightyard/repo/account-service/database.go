package main

import (
	"fmt"
	"os"

	"github.com/jinzhu/gorm"
	_ "github.com/jinzhu/gorm/dialects/postgres"
)

func getenv(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}

// CreateConnection opens the Postgres connection used by the repository.
// Defaults are for running the binary directly on a laptop.
func CreateConnection() (*gorm.DB, error) {
	host := getenv("DB_HOST", "localhost")
	port := getenv("DB_PORT", "5432")
	user := getenv("DB_USER", "postgres")
	dbName := getenv("DB_NAME", "freightyard_accounts")
	password := getenv("DB_PASSWORD", "postgres")
	sslMode := getenv("DB_SSLMODE", "disable")

	return gorm.Open(
		"postgres",
		fmt.Sprintf(
			"host=%s port=%s user=%s dbname=%s sslmode=%s password=%s",
			host, port, user, dbName, sslMode, password,
		),
	)
}
