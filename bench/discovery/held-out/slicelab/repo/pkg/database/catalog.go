package database

import (
	"context"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/migrate"

	"github.com/ovenworks/slicelab/pkg/database/migrations"
	"github.com/ovenworks/slicelab/pkg/model"
)

type Catalog struct {
	db *bun.DB
}

func NewCatalog(connString string) (*Catalog, error) {
	db, err := initializeDB(connString)
	if err != nil {
		return nil, err
	}
	m := migrate.NewMigrator(db, migrations.Catalog)
	if err := m.Init(context.Background()); err != nil {
		return nil, err
	}
	if _, err := m.Migrate(context.Background()); err != nil {
		return nil, err
	}
	return &Catalog{db: db}, nil
}

func (c *Catalog) GetIngredients(ctx context.Context, t string) ([]model.Ingredient, error) {
	var ingredients []model.Ingredient
	err := c.db.NewSelect().Model(&ingredients).Where("type = ?", t).Scan(ctx)
	return ingredients, err
}

func (c *Catalog) GetDoughs(ctx context.Context) ([]model.Dough, error) {
	var doughs []model.Dough
	err := c.db.NewSelect().Model(&doughs).Scan(ctx)
	return doughs, err
}

func (c *Catalog) RecordRecommendation(ctx context.Context, pizza model.Pizza) error {
	_, err := c.db.NewInsert().Model(&pizza).Exec(ctx)
	return err
}

func (c *Catalog) GetRecommendations(ctx context.Context, limit int) ([]model.Pizza, error) {
	var pizzas []model.Pizza
	err := c.db.NewSelect().Model(&pizzas).Relation("Dough").Relation("Ingredients").
		Order("id DESC").Limit(limit).Scan(ctx)
	return pizzas, err
}

func (c *Catalog) LoginUser(ctx context.Context, username string) (*model.User, error) {
	var u model.User
	err := c.db.NewSelect().Model(&u).Where("username = ?", username).Scan(ctx)
	return &u, err
}

func (c *Catalog) RecordRating(ctx context.Context, r *model.Rating) error {
	_, err := c.db.NewInsert().Model(r).Exec(ctx)
	return err
}
