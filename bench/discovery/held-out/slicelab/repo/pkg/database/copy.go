package database

import (
	"context"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/migrate"

	"github.com/ovenworks/slicelab/pkg/database/migrations"
	"github.com/ovenworks/slicelab/pkg/model"
)

type Copy struct {
	db *bun.DB
}

func NewCopy(connString string) (*Copy, error) {
	db, err := initializeDB(connString)
	if err != nil {
		return nil, err
	}
	m := migrate.NewMigrator(db, migrations.Copy)
	if err := m.Init(context.Background()); err != nil {
		return nil, err
	}
	if _, err := m.Migrate(context.Background()); err != nil {
		return nil, err
	}
	return &Copy{db: db}, nil
}

func (c *Copy) GetQuotes(ctx context.Context) ([]string, error) {
	var quotes []model.Quote
	if err := c.db.NewSelect().Model(&quotes).Scan(ctx); err != nil {
		return nil, err
	}
	out := make([]string, 0, len(quotes))
	for _, q := range quotes {
		out = append(out, q.Text)
	}
	return out, nil
}

func (c *Copy) GetAdjectives(ctx context.Context) ([]string, error) {
	var adj []string
	err := c.db.NewSelect().Table("classical_adjectives").Column("text").Scan(ctx, &adj)
	return adj, err
}

func (c *Copy) GetNames(ctx context.Context) ([]string, error) {
	var names []string
	err := c.db.NewSelect().Table("classical_names").Column("text").Scan(ctx, &names)
	return names, err
}
