package main

import (
	"database/sql"
	"fmt"
	"strings"

	_ "github.com/lib/pq"
	_ "github.com/mattn/go-sqlite3"
	"go.elastic.co/apm/module/apmsql/v2"
	_ "go.elastic.co/apm/module/apmsql/v2/pq"
	_ "go.elastic.co/apm/module/apmsql/v2/sqlite3"
)

// newDatabase opens "driver:dsn". For postgres an empty dsn means
// libpq-style PG* environment variables are used.
func newDatabase(url string) (*sql.DB, error) {
	i := strings.IndexRune(url, ':')
	if i < 0 {
		return nil, fmt.Errorf("invalid database URL %q", url)
	}
	driver, dsn := url[:i], url[i+1:]
	switch driver {
	case "postgres", "sqlite3":
	default:
		return nil, fmt.Errorf("unsupported driver %q", driver)
	}
	db, err := apmsql.Open(driver, dsn)
	if err != nil {
		return nil, err
	}
	return db, db.Ping()
}
