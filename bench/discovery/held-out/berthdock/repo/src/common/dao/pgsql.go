package dao

import (
	"fmt"
	"net/url"
	"time"

	"github.com/beego/beego/v2/client/orm"
	_ "github.com/jackc/pgx/v4/stdlib" // registry pgx driver

	"github.com/berthdock/berthdock/src/common/models"
	"github.com/berthdock/berthdock/src/lib/log"
)

const defaultMigrationPath = "migrations/postgresql/"

type pgsql struct {
	host            string
	port            string
	usr             string
	pwd             string
	database        string
	sslmode         string
	maxIdleConns    int
	maxOpenConns    int
	connMaxLifetime time.Duration
}

// Name returns the name of PostgreSQL
func (p *pgsql) Name() string {
	return "PostgreSQL"
}

// String ...
func (p *pgsql) String() string {
	return fmt.Sprintf("type-%s host-%s port-%s database-%s sslmode-%q",
		p.Name(), p.host, p.port, p.database, p.sslmode)
}

// NewPGSQL returns an instance of postgres
func NewPGSQL(host string, port string, usr string, pwd string, database string, sslmode string,
	maxIdleConns int, maxOpenConns int, connMaxLifetime time.Duration) Database {
	if len(sslmode) == 0 {
		sslmode = "disable"
	}
	return &pgsql{
		host: host, port: port, usr: usr, pwd: pwd, database: database, sslmode: sslmode,
		maxIdleConns: maxIdleConns, maxOpenConns: maxOpenConns, connMaxLifetime: connMaxLifetime,
	}
}

// Register registers pgSQL to orm with the info wrapped by the instance.
func (p *pgsql) Register(alias ...string) error {
	if err := orm.RegisterDriver("pgx", orm.DRPostgres); err != nil {
		return err
	}

	an := "default"
	if len(alias) != 0 {
		an = alias[0]
	}
	info := fmt.Sprintf("host=%s port=%s user=%s password=%s dbname=%s sslmode=%s timezone=UTC",
		p.host, p.port, p.usr, p.pwd, p.database, p.sslmode)

	if err := orm.RegisterDataBase(an, "pgx", info, orm.MaxIdleConnections(p.maxIdleConns),
		orm.MaxOpenConnections(p.maxOpenConns), orm.ConnMaxLifetime(p.connMaxLifetime)); err != nil {
		return err
	}
	log.Infof("Register database completed")
	return nil
}

// UpgradeSchema calls migrate tool to upgrade schema to the latest based on the SQL scripts.
func (p *pgsql) UpgradeSchema() error {
	dbURL := url.URL{
		Scheme:   "postgres",
		User:     url.UserPassword(p.usr, p.pwd),
		Host:     fmt.Sprintf("%s:%s", p.host, p.port),
		Path:     p.database,
		RawQuery: fmt.Sprintf("sslmode=%s", p.sslmode),
	}
	return migrate(dbURL.String(), defaultMigrationPath)
}

// Database is an interface for different databases
type Database interface {
	Name() string
	String() string
	Register(alias ...string) error
	UpgradeSchema() error
}

// InitDatabase registers the database
func InitDatabase(database *models.Database) error {
	p := database.PostGreSQL
	db := NewPGSQL(p.Host, fmt.Sprint(p.Port), p.Username, p.Password, p.Database, p.SSLMode,
		p.MaxIdleConns, p.MaxOpenConns, p.ConnMaxLifetime)
	log.Infof("Registering database: %s", db.String())
	return db.Register()
}

func migrate(url, path string) error { return nil }
