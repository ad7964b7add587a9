package main

import (
	"context"
	"database/sql"

	_ "github.com/lib/pq"
)

// PopularProduct is one entry of the popular rail.
type PopularProduct struct {
	ID        int     `json:"id"`
	Name      string  `json:"name"`
	Price     float64 `json:"price"`
	ImageName string  `json:"imageName"`
	Rank      int     `json:"rank"`
}

// PopularStore is the read model for popular products.
type PopularStore interface {
	TopProducts(ctx context.Context, limit int) ([]PopularProduct, error)
	Close() error
}

type postgresStore struct {
	db *sql.DB
}

// NewPostgresStore opens the shared products database (read-only user in production).
func NewPostgresStore(dsn string) (PopularStore, error) {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(5)
	if err := db.Ping(); err != nil {
		return nil, err
	}
	return &postgresStore{db: db}, nil
}

const topProductsQuery = `
SELECT p.id, p.name, p.price, p.image_name, v.rank
FROM popular_products_mv v
JOIN product_items p ON p.id = v.product_id
ORDER BY v.rank
LIMIT $1`

func (s *postgresStore) TopProducts(ctx context.Context, limit int) ([]PopularProduct, error) {
	rows, err := s.db.QueryContext(ctx, topProductsQuery, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()

	var out []PopularProduct
	for rows.Next() {
		var p PopularProduct
		if err := rows.Scan(&p.ID, &p.Name, &p.Price, &p.ImageName, &p.Rank); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

func (s *postgresStore) Close() error {
	return s.db.Close()
}
