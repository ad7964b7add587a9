package function

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/jackc/pgx/v5/pgxpool"
)

// DSN builds the Postgres connection string from env vars set in stack.yml
// and the ledger-db-password secret. Shared with the migrate command.
func DSN() (string, error) {
	pw, err := os.ReadFile("/var/funcforge/secrets/ledger-db-password/ledger-db-password")
	if err != nil {
		if v := os.Getenv("db_password"); v != "" {
			pw = []byte(v)
		} else {
			return "", fmt.Errorf("read db password: %w", err)
		}
	}
	return fmt.Sprintf("postgres://%s:%s@%s:%s/%s?sslmode=disable&pool_max_conns=%s",
		getenv("db_user", "ledger_app"), strings.TrimSpace(string(pw)),
		getenv("db_host", "ledger-db"), getenv("db_port", "5432"),
		getenv("db_name", "ledger"), getenv("max_conns", "4")), nil
}

func NewPool(ctx context.Context) (*pgxpool.Pool, error) {
	dsn, err := DSN()
	if err != nil {
		return nil, err
	}
	return pgxpool.New(ctx, dsn)
}

func getenv(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}
