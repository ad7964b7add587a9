package repo

import (
	"context"

	"github.com/pkg/errors"

	"github.com/brewline-labs/brewline/internal/barista/domain"
	"github.com/brewline-labs/brewline/pkg/postgres"
)

const insertBaristaOrder = `
INSERT INTO barista.barista_orders (id, item_type, item_name, time_up, created, updated)
VALUES ($1, $2, $3, $4, $5, NULL)
ON CONFLICT (id) DO NOTHING`

type baristaOrderRepo struct {
	pg *postgres.Postgres
}

var _ domain.BaristaOrderRepo = (*baristaOrderRepo)(nil)

func NewBaristaOrderRepo(pg *postgres.Postgres) domain.BaristaOrderRepo {
	return &baristaOrderRepo{pg: pg}
}

func (r *baristaOrderRepo) Create(ctx context.Context, o *domain.BaristaOrder) error {
	_, err := r.pg.GetDB().Exec(ctx, insertBaristaOrder,
		o.ID, int32(o.ItemType), o.ItemName, o.TimeUp, o.Created)
	if err != nil {
		return errors.Wrap(err, "baristaOrderRepo.Create")
	}

	return nil
}
