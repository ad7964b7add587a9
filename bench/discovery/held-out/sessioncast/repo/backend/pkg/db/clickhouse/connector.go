package clickhouse

import (
	"context"
	"log"
	"strings"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2"
	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"

	"sessioncast/backend/internal/config/common"
)

type Connector struct {
	conn driver.Conn
}

func NewConnector(cfg common.Clickhouse) *Connector {
	url := strings.TrimPrefix(cfg.URL, "tcp://")
	url = strings.TrimSuffix(url, "/default")
	conn, err := clickhouse.Open(&clickhouse.Options{
		Addr: []string{url},
		Auth: clickhouse.Auth{
			Database: "default",
			Username: cfg.UserName,
			Password: cfg.Password,
		},
		MaxOpenConns:    20,
		MaxIdleConns:    15,
		ConnMaxLifetime: 3 * time.Minute,
		Compression:     &clickhouse.Compression{Method: clickhouse.CompressionLZ4},
	})
	if err != nil {
		log.Fatal(err)
	}
	return &Connector{conn: conn}
}

func (c *Connector) InsertWebSession(sessionID uint64, projectID uint32, duration uint64) error {
	return c.conn.Exec(context.Background(),
		`INSERT INTO experimental.sessions (session_id, project_id, duration, datetime) VALUES (?, ?, ?, now())`,
		sessionID, projectID, duration)
}

func (c *Connector) Commit() error { return nil }
func (c *Connector) Stop() error   { return c.conn.Close() }
