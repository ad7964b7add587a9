package mysql

import (
	"fmt"

	"github.com/go-sql-driver/mysql"
	"github.com/jmoiron/sqlx"

	"go.timeweave.io/server/common/config"
	"go.timeweave.io/server/common/persistence/sql/sqlplugin"
)

const PluginName = "mysql8"

type plugin struct{}

func init() { sqlplugin.Register(PluginName, &plugin{}) }

func (p *plugin) CreateDB(cfg *config.SQL) (*sqlx.DB, error) { return p.open(cfg, cfg.DatabaseName) }

func (p *plugin) CreateAdminDB(cfg *config.SQL) (*sqlx.DB, error) { return p.open(cfg, "") }

func (p *plugin) open(cfg *config.SQL, database string) (*sqlx.DB, error) {
	mc := mysql.NewConfig()
	mc.User = cfg.User
	mc.Passwd = cfg.Password
	mc.Net = cfg.ConnectProtocol
	if mc.Net == "" {
		mc.Net = "tcp"
	}
	mc.Addr = cfg.ConnectAddr
	mc.DBName = database
	mc.ParseTime = true
	mc.Params = map[string]string{"transaction_isolation": "'READ-COMMITTED'"}
	db, err := sqlx.Connect("mysql", mc.FormatDSN())
	if err != nil {
		return nil, fmt.Errorf("mysql connect %s: %w", cfg.ConnectAddr, err)
	}
	db.SetMaxOpenConns(cfg.MaxConns)
	return db, nil
}
