package repository

import (
	"context"
	"errors"
	"fmt"

	"github.com/driftwood-goods/store/catalog/config"
	"github.com/driftwood-goods/store/catalog/model"
)

var ErrNotFound = errors.New("product not found")

type CatalogRepository interface {
	List(ctx context.Context, q model.ProductQuery) ([]model.Product, error)
	Count(ctx context.Context, tags []string) (int64, error)
	Get(ctx context.Context, id string) (*model.Product, error)
	Tags(ctx context.Context) ([]model.Tag, error)
	Ping(ctx context.Context) error
}

func New(cfg config.PersistenceConfig) (CatalogRepository, error) {
	switch cfg.Provider {
	case "mysql":
		return NewMySQLRepository(cfg)
	case "in-memory", "":
		return NewInMemoryRepository(), nil
	default:
		return nil, fmt.Errorf("unknown persistence provider %q", cfg.Provider)
	}
}
