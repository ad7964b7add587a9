package datastore

import (
	"github.com/rs/zerolog/log"
	"xorm.io/xorm"
	xlog "xorm.io/xorm/log"

	// database drivers
	_ "github.com/go-sql-driver/mysql"
	_ "github.com/lib/pq"
	_ "github.com/mattn/go-sqlite3"

	"go.woodpecker-ci.org/woodpecker/v2/server/store"
)

type storage struct {
	engine *xorm.Engine
}

const perPage = 50

// NewEngine opens an xorm engine for sqlite3, mysql or postgres.
func NewEngine(opts *store.Opts) (store.Store, error) {
	engine, err := xorm.NewEngine(opts.Driver, opts.Config)
	if err != nil {
		return nil, err
	}
	engine.SetLogger(xlog.NewSimpleLogger(log.Logger))
	engine.ShowSQL(opts.XORM.ShowSQL)
	if opts.Driver == "sqlite3" {
		engine.SetMaxOpenConns(1)
	}
	return &storage{engine: engine}, nil
}

func (s *storage) Ping() error { return s.engine.Ping() }

func (s *storage) Close() error { return s.engine.Close() }

func (s *storage) Migrate(allowLong bool) error {
	return s.engine.Sync2(allBeans...)
}
