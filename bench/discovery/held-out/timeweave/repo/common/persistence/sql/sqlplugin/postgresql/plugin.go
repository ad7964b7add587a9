package postgresql

import (
	"fmt"
	"net"
	"net/url"

	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/jmoiron/sqlx"

	"go.timeweave.io/server/common/config"
	"go.timeweave.io/server/common/persistence/sql/sqlplugin"
)

const (
	PluginName    = "postgres12"
	PluginNamePGX = "postgres12_pgx"
	defaultDatabase = "postgres"
)

type plugin struct{ driverName string }

func init() {
	sqlplugin.Register(PluginName, &plugin{driverName: "pgx"})
	sqlplugin.Register(PluginNamePGX, &plugin{driverName: "pgx"})
}

func (p *plugin) CreateDB(cfg *config.SQL) (*sqlx.DB, error) {
	return p.open(cfg, cfg.DatabaseName)
}

// CreateAdminDB connects to the "postgres" database, used by the schema tool to
// CREATE DATABASE timeweave / timeweave_visibility.
func (p *plugin) CreateAdminDB(cfg *config.SQL) (*sqlx.DB, error) {
	return p.open(cfg, defaultDatabase)
}

func (p *plugin) open(cfg *config.SQL, database string) (*sqlx.DB, error) {
	dsn := buildDSN(cfg, database)
	db, err := sqlx.Connect(p.driverName, dsn)
	if err != nil {
		return nil, fmt.Errorf("postgres connect %s: %w", cfg.ConnectAddr, err)
	}
	if cfg.MaxConns > 0 {
		db.SetMaxOpenConns(cfg.MaxConns)
	}
	if cfg.MaxIdleConns > 0 {
		db.SetMaxIdleConns(cfg.MaxIdleConns)
	}
	db.SetConnMaxLifetime(cfg.MaxConnLifetime)
	return db, nil
}

func buildDSN(cfg *config.SQL, database string) string {
	host, port, err := net.SplitHostPort(cfg.ConnectAddr)
	if err != nil {
		host, port = cfg.ConnectAddr, "5432"
	}
	q := url.Values{}
	q.Set("sslmode", "disable")
	for k, v := range cfg.ConnectAttributes {
		q.Set(k, v)
	}
	u := url.URL{
		Scheme:   "postgres",
		User:     url.UserPassword(cfg.User, cfg.Password),
		Host:     net.JoinHostPort(host, port),
		Path:     database,
		RawQuery: q.Encode(),
	}
	return u.String()
}
