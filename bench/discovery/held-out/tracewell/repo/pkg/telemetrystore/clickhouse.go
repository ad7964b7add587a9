package telemetrystore

import (
	"context"
	"fmt"

	"github.com/ClickHouse/clickhouse-go/v2"
	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"
	"go.uber.org/zap"

	"github.com/tracewell/tracewell/pkg/config"
)

// Store wraps the ClickHouse connection used for every trace, log and metric query.
type Store struct {
	conn   driver.Conn
	cfg    config.ClickHouseConfig
	logger *zap.Logger
}

func New(ctx context.Context, cfg config.TelemetryStoreConfig, logger *zap.Logger) (*Store, error) {
	if cfg.Provider != "clickhouse" {
		return nil, fmt.Errorf("unsupported telemetrystore provider %q", cfg.Provider)
	}
	opts, err := clickhouse.ParseDSN(cfg.ClickHouse.DSN)
	if err != nil {
		return nil, fmt.Errorf("parse clickhouse dsn: %w", err)
	}
	opts.MaxOpenConns = cfg.ClickHouse.MaxOpenConns
	opts.DialTimeout = cfg.ClickHouse.DialTimeout

	conn, err := clickhouse.Open(opts)
	if err != nil {
		return nil, err
	}
	if err := conn.Ping(ctx); err != nil {
		return nil, fmt.Errorf("ping clickhouse at %s: %w", opts.Addr, err)
	}
	logger.Info("connected to clickhouse", zap.Strings("addr", opts.Addr))
	return &Store{conn: conn, cfg: cfg.ClickHouse, logger: logger}, nil
}

func (s *Store) Conn() driver.Conn                { return s.conn }
func (s *Store) TracesDB() string                 { return s.cfg.TracesDatabase }
func (s *Store) LogsDB() string                   { return s.cfg.LogsDatabase }
func (s *Store) MetricsDB() string                { return s.cfg.MetricsDatabase }
func (s *Store) Close() error                     { return s.conn.Close() }
func (s *Store) Ping(ctx context.Context) error   { return s.conn.Ping(ctx) }
