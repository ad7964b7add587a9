package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"

	_ "github.com/mattn/go-sqlite3"

	"github.com/tracewell/tracewell/pkg/config"
)

type sqliteStore struct{ db *sql.DB }

func newSQLite(ctx context.Context, cfg config.SQLiteConfig) (*sqliteStore, error) {
	if err := os.MkdirAll(filepath.Dir(cfg.Path), 0o755); err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite3", fmt.Sprintf("file:%s?_foreign_keys=true&_journal_mode=WAL", cfg.Path))
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	if err := db.PingContext(ctx); err != nil {
		return nil, fmt.Errorf("open sqlite %s: %w", cfg.Path, err)
	}
	if err := migrate(ctx, db); err != nil {
		return nil, err
	}
	return &sqliteStore{db: db}, nil
}

func (s *sqliteStore) DB() *sql.DB      { return s.db }
func (s *sqliteStore) Dialect() string  { return "sqlite" }
func (s *sqliteStore) Close() error     { return s.db.Close() }

func migrate(ctx context.Context, db *sql.DB) error {
	stmts := []string{
		`CREATE TABLE IF NOT EXISTS organizations (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at INTEGER)`,
		`CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, email TEXT UNIQUE NOT NULL, name TEXT, password TEXT, org_id TEXT REFERENCES organizations(id), role TEXT)`,
		`CREATE TABLE IF NOT EXISTS invites (token TEXT PRIMARY KEY, email TEXT NOT NULL, role TEXT, org_id TEXT, created_at INTEGER)`,
		`CREATE TABLE IF NOT EXISTS dashboards (uuid TEXT PRIMARY KEY, data TEXT NOT NULL, created_at DATETIME, updated_at DATETIME)`,
		`CREATE TABLE IF NOT EXISTS rules (id INTEGER PRIMARY KEY AUTOINCREMENT, data TEXT NOT NULL, updated_at DATETIME)`,
		`CREATE TABLE IF NOT EXISTS notification_channels (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, type TEXT, data TEXT, created_at DATETIME)`,
	}
	for _, s := range stmts {
		if _, err := db.ExecContext(ctx, s); err != nil {
			return err
		}
	}
	return nil
}
