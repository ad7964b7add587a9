package postgres

import (
	"context"
	"log"

	"github.com/jackc/pgx/v4/pgxpool"
)

type Pool struct {
	conn *pgxpool.Pool
}

// New opens a pgx pool for the given POSTGRES_STRING.
func New(url, appName string) (*Pool, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, err
	}
	cfg.ConnConfig.RuntimeParams["application_name"] = appName
	conn, err := pgxpool.ConnectConfig(context.Background(), cfg)
	if err != nil {
		log.Printf("pgxpool.Connect err: %s", err)
		return nil, err
	}
	return &Pool{conn: conn}, nil
}

func (p *Pool) Exec(sql string, args ...interface{}) error {
	_, err := p.conn.Exec(context.Background(), sql, args...)
	return err
}

func (p *Pool) QueryRow(sql string, args ...interface{}) interface{ Scan(dest ...interface{}) error } {
	return p.conn.QueryRow(context.Background(), sql, args...)
}

func (p *Pool) Listen(channel string) (<-chan string, error) {
	c, err := p.conn.Acquire(context.Background())
	if err != nil {
		return nil, err
	}
	if _, err := c.Exec(context.Background(), "LISTEN "+channel); err != nil {
		return nil, err
	}
	out := make(chan string, 16)
	go func() {
		for {
			n, err := c.Conn().WaitForNotification(context.Background())
			if err != nil {
				close(out)
				return
			}
			out <- n.Payload
		}
	}()
	return out, nil
}

func (p *Pool) Close() { p.conn.Close() }
