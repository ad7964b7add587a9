// Package postgres connects services to their own PostgreSQL database and runs migrations.
package postgres

import (
	"fmt"

	"github.com/devicemill/devicemill/internal/env"
	"github.com/jmoiron/sqlx"
	_ "github.com/jackc/pgx/v5/stdlib" // pgx driver
)

// Config holds connection settings. Fields are read with a per-service prefix,
// so DM_THINGS_DB_HOST fills Host when the prefix is "DM_THINGS_DB_".
type Config struct {
	Host        string `env:"HOST"          envDefault:"localhost"`
	Port        string `env:"PORT"          envDefault:"5432"`
	User        string `env:"USER"          envDefault:"devicemill"`
	Pass        string `env:"PASS"          envDefault:"devicemill"`
	Name        string `env:"NAME"          envDefault:""`
	SSLMode     string `env:"SSL_MODE"      envDefault:"disable"`
	SSLCert     string `env:"SSL_CERT"      envDefault:""`
	SSLKey      string `env:"SSL_KEY"       envDefault:""`
	SSLRootCert string `env:"SSL_ROOT_CERT" envDefault:""`
}

// Migration is a single forward-only schema change.
type Migration struct {
	ID string
	Up []string
}

func (c Config) dsn() string {
	return fmt.Sprintf("host=%s port=%s user=%s dbname=%s password=%s sslmode=%s sslcert=%s sslkey=%s sslrootcert=%s",
		c.Host, c.Port, c.User, c.Name, c.Pass, c.SSLMode, c.SSLCert, c.SSLKey, c.SSLRootCert)
}

// Setup parses the config with the given env prefix, connects and migrates.
func Setup(prefix string, migrations []Migration) (*sqlx.DB, error) {
	cfg := Config{}
	if err := env.Parse(&cfg, env.Options{Prefix: prefix}); err != nil {
		return nil, fmt.Errorf("failed to load %s database config: %w", prefix, err)
	}
	db, err := sqlx.Connect("pgx", cfg.dsn())
	if err != nil {
		return nil, fmt.Errorf("failed to connect to %s database: %w", prefix, err)
	}
	if _, err := db.Exec(`CREATE TABLE IF NOT EXISTS dm_migrations (id TEXT PRIMARY KEY, applied_at TIMESTAMPTZ DEFAULT now())`); err != nil {
		return nil, err
	}
	for _, m := range migrations {
		var n int
		if err := db.Get(&n, `SELECT count(*) FROM dm_migrations WHERE id = $1`, m.ID); err != nil {
			return nil, err
		}
		if n > 0 {
			continue
		}
		for _, stmt := range m.Up {
			if _, err := db.Exec(stmt); err != nil {
				return nil, fmt.Errorf("migration %s: %w", m.ID, err)
			}
		}
		if _, err := db.Exec(`INSERT INTO dm_migrations (id) VALUES ($1)`, m.ID); err != nil {
			return nil, err
		}
	}
	return db, nil
}
