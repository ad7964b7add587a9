package migrations

import (
	"context"

	"github.com/uptrace/bun"

	"github.com/ovenworks/slicelab/pkg/model"
)

func init() {
	Catalog.MustRegister(func(ctx context.Context, db *bun.DB) error {
		for _, m := range []interface{}{(*model.Ingredient)(nil), (*model.Dough)(nil), (*model.Pizza)(nil), (*model.User)(nil), (*model.Rating)(nil)} {
			if _, err := db.NewCreateTable().Model(m).IfNotExists().Exec(ctx); err != nil {
				return err
			}
		}
		ingredients := []model.Ingredient{
			{Name: "Mozzarella", CaloriesPerSlice: 50, Vegetarian: true, Type: "cheese"},
			{Name: "Pepperoni", CaloriesPerSlice: 80, Type: "topping"},
			{Name: "Tomato Sauce", CaloriesPerSlice: 20, Vegetarian: true, Type: "sauce"},
		}
		_, err := db.NewInsert().Model(&ingredients).Exec(ctx)
		return err
	}, nil)
}
