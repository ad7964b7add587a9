package sqlstore

import (
	"database/sql"
	"fmt"
	"math/rand"
	"time"

	_ "github.com/lib/pq"

	"github.com/teamwharf/teamwharf/server/config"
)

// SqlStore wraps a master connection and optional read replicas.
type SqlStore struct {
	master   *sql.DB
	replicas []*sql.DB
}

func New(s config.SqlSettings) (*SqlStore, error) {
	if s.DriverName != "postgres" {
		return nil, fmt.Errorf("unsupported driver %q", s.DriverName)
	}
	master, err := open(s.DataSource, s)
	if err != nil {
		return nil, err
	}
	st := &SqlStore{master: master}
	for _, dsn := range s.DataSourceReplicas {
		r, err := open(dsn, s)
		if err != nil {
			return nil, err
		}
		st.replicas = append(st.replicas, r)
	}
	return st, nil
}

func open(dsn string, s config.SqlSettings) (*sql.DB, error) {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxIdleConns(s.MaxIdleConns)
	db.SetMaxOpenConns(s.MaxOpenConns)
	db.SetConnMaxLifetime(time.Hour)
	if err := db.Ping(); err != nil {
		return nil, fmt.Errorf("ping database: %w", err)
	}
	return db, nil
}

func (s *SqlStore) Master() *sql.DB { return s.master }

func (s *SqlStore) Replica() *sql.DB {
	if len(s.replicas) == 0 {
		return s.master
	}
	return s.replicas[rand.Intn(len(s.replicas))]
}

func (s *SqlStore) Close() {
	s.master.Close()
	for _, r := range s.replicas {
		r.Close()
	}
}
