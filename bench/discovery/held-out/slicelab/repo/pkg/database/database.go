package database

import (
	"database/sql"
	"strings"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"
	"github.com/uptrace/bun/dialect/sqlitedialect"
	"github.com/uptrace/bun/driver/pgdriver"
	"github.com/uptrace/bun/driver/sqliteshim"
	"github.com/uptrace/bun/extra/bunotel"
)

// initializeDB opens either PostgreSQL (postgres:// DSN) or SQLite (anything else).
func initializeDB(connString string) (*bun.DB, error) {
	var db *bun.DB
	if strings.HasPrefix(connString, "postgres://") || strings.HasPrefix(connString, "postgresql://") {
		sqldb := sql.OpenDB(pgdriver.NewConnector(pgdriver.WithDSN(connString)))
		db = bun.NewDB(sqldb, pgdialect.New())
	} else {
		sqldb, err := sql.Open(sqliteshim.ShimName, connString)
		if err != nil {
			return nil, err
		}
		sqldb.SetMaxOpenConns(1)
		db = bun.NewDB(sqldb, sqlitedialect.New())
	}
	db.AddQueryHook(bunotel.NewQueryHook(bunotel.WithDBName("slicelab")))
	return db, nil
}
