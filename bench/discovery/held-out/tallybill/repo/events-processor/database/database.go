package database

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

type DB struct {
	Connection *gorm.DB
	pool       *pgxpool.Pool
}

func NewConnection(dbUrl string) (*DB, error) {
	config, err := pgxpool.ParseConfig(dbUrl)
	if err != nil {
		return nil, err
	}
	config.MaxConns = 20
	config.MaxConnIdleTime = 5 * time.Minute

	pool, err := pgxpool.NewWithConfig(context.Background(), config)
	if err != nil {
		return nil, err
	}

	dialector := postgres.New(postgres.Config{Conn: stdlib.OpenDBFromPool(pool)})
	conn, err := gorm.Open(dialector, &gorm.Config{Logger: logger.Default.LogMode(logger.Silent)})
	if err != nil {
		return nil, err
	}

	return &DB{Connection: conn, pool: pool}, nil
}

func (db *DB) Close() {
	db.pool.Close()
}
