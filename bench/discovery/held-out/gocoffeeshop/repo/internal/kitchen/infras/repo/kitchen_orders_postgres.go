package repo

import (
	"context"

	"github.com/pkg/errors"

	"github.com/brewline-labs/brewline/internal/kitchen/domain"
	"github.com/brewline-labs/brewline/pkg/postgres"
)

const insertKitchenOrder = `
INSERT INTO kitchen.kitchen_orders (id, order_id, item_type, item_name, time_up, created, updated)
VALUES ($1, $2, $3, $4, $5, $6, NULL)
ON CONFLICT (id) DO NOTHING`

type kitchenOrderRepo struct {
	pg *postgres.Postgres
}

var _ domain.KitchenOrderRepo = (*kitchenOrderRepo)(nil)

func NewKitchenOrderRepo(pg *postgres.Postgres) domain.KitchenOrderRepo {
	return &kitchenOrderRepo{pg: pg}
}

func (r *kitchenOrderRepo) Create(ctx context.Context, o *domain.KitchenOrder) error {
	_, err := r.pg.GetDB().Exec(ctx, insertKitchenOrder,
		o.ID, o.OrderID, int32(o.ItemType), o.ItemName, o.TimeUp, o.Created)
	if err != nil {
		return errors.Wrap(err, "kitchenOrderRepo.Create")
	}

	return nil
}
