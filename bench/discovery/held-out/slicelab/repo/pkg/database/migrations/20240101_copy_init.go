package migrations

import (
	"context"

	"github.com/uptrace/bun"

	"github.com/ovenworks/slicelab/pkg/model"
)

func init() {
	Copy.MustRegister(func(ctx context.Context, db *bun.DB) error {
		if _, err := db.NewCreateTable().Model((*model.Quote)(nil)).IfNotExists().Exec(ctx); err != nil {
			return err
		}
		quotes := []model.Quote{
			{Text: "Pizza is the answer. Who cares about the question?"},
			{Text: "You can't make everyone happy. You're not pizza."},
		}
		_, err := db.NewInsert().Model(&quotes).Exec(ctx)
		return err
	}, nil)
}
