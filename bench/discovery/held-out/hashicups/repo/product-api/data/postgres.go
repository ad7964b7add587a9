package data

import (
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/hashicorp/go-hclog"
	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"
)

var ErrNotFound = errors.New("not found")

// PostgresStore reads the catalogue from product-db.
type PostgresStore struct {
	db *sqlx.DB
}

// NewPostgresStore connects using the libpq connection string from conf.json, retrying
// while the database container starts.
func NewPostgresStore(conn string, retries int, log hclog.Logger) (*PostgresStore, error) {
	var lastErr error
	for i := 0; i < retries; i++ {
		db, err := sqlx.Connect("postgres", conn)
		if err == nil {
			db.SetMaxOpenConns(10)
			return &PostgresStore{db: db}, nil
		}
		lastErr = err
		log.Info("waiting for database", "attempt", i+1, "error", err)
		time.Sleep(time.Second)
	}
	return nil, fmt.Errorf("connect to database: %w", lastErr)
}

func (p *PostgresStore) IsConnected() error { return p.db.Ping() }

func (p *PostgresStore) Coffees() ([]Coffee, error) {
	cs := []Coffee{}
	err := p.db.Select(&cs, `SELECT id, name, teaser, description, price, image
	                          FROM coffees WHERE deleted_at IS NULL ORDER BY id`)
	return cs, err
}

func (p *PostgresStore) Coffee(id int) (*Coffee, error) {
	var c Coffee
	err := p.db.Get(&c, `SELECT id, name, teaser, description, price, image
	                      FROM coffees WHERE id = $1 AND deleted_at IS NULL`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &c, err
}

func (p *PostgresStore) Ingredients(coffeeID int) ([]CoffeeIngredient, error) {
	is := []CoffeeIngredient{}
	err := p.db.Select(&is, `SELECT ci.ingredient_id, i.name, ci.quantity, ci.unit
	                          FROM coffee_ingredients ci JOIN ingredients i ON i.id = ci.ingredient_id
	                          WHERE ci.coffee_id = $1`, coffeeID)
	return is, err
}
