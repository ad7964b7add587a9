package repo

import (
	"context"
	"fmt"
	"time"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/pkg/errors"

	"github.com/brewline-labs/brewline/internal/counter/domain"
	"github.com/brewline-labs/brewline/internal/counter/infras/postgresql"
	"github.com/brewline-labs/brewline/pkg/postgres"
	"github.com/brewline-labs/brewline/pkg/shared"
)

const _defaultEntityCap = 64

type orderRepo struct {
	pg *postgres.Postgres
}

var _ domain.OrderRepo = (*orderRepo)(nil)

func NewOrderRepo(pg *postgres.Postgres) domain.OrderRepo {
	return &orderRepo{pg: pg}
}

func (d *orderRepo) GetAll(ctx context.Context) ([]*domain.Order, error) {
	querier := postgresql.New(d.pg.GetDB())

	rows, err := querier.GetAll(ctx)
	if err != nil {
		return nil, errors.Wrap(err, "querier.GetAll")
	}

	results := make([]*domain.Order, 0, _defaultEntityCap)

	for _, row := range rows {
		order, err := d.hydrate(ctx, querier, row)
		if err != nil {
			return nil, err
		}

		results = append(results, order)
	}

	return results, nil
}

func (d *orderRepo) GetByID(ctx context.Context, id uuid.UUID) (*domain.Order, error) {
	querier := postgresql.New(d.pg.GetDB())

	row, err := querier.GetByID(ctx, id)
	if err != nil {
		return nil, errors.Wrap(err, "querier.GetByID")
	}

	return d.hydrate(ctx, querier, row)
}

func (d *orderRepo) Create(ctx context.Context, order *domain.Order) error {
	db := d.pg.GetDB()

	tx, err := db.Begin(ctx)
	if err != nil {
		return errors.Wrap(err, "orderRepo.Create")
	}
	defer func() { _ = tx.Rollback(ctx) }()

	qtx := postgresql.New(db).WithTx(tx)

	if _, err = qtx.CreateOrder(ctx, postgresql.CreateOrderParams{
		ID:              order.ID,
		OrderSource:     int32(order.OrderSource),
		LoyaltyMemberID: order.LoyaltyMemberID,
		OrderStatus:     int32(order.OrderStatus),
		Location:        int32(order.Location),
		Updated:         time.Now(),
	}); err != nil {
		return errors.Wrap(err, "qtx.CreateOrder")
	}

	for _, item := range order.LineItems {
		if _, err = qtx.InsertItemLine(ctx, postgresql.InsertItemLineParams{
			ID:             item.ID,
			ItemType:       int32(item.ItemType),
			Name:           item.Name,
			Price:          item.Price,
			ItemStatus:     int32(item.ItemStatus),
			IsBaristaOrder: item.IsBaristaOrder,
			OrderID:        pgtype.UUID{Bytes: order.ID, Valid: true},
			Created:        time.Now(),
		}); err != nil {
			return errors.Wrap(err, "qtx.InsertItemLine")
		}
	}

	return tx.Commit(ctx)
}

func (d *orderRepo) Update(ctx context.Context, order *domain.Order) (*domain.Order, error) {
	db := d.pg.GetDB()

	tx, err := db.Begin(ctx)
	if err != nil {
		return nil, errors.Wrap(err, "orderRepo.Update")
	}
	defer func() { _ = tx.Rollback(ctx) }()

	qtx := postgresql.New(db).WithTx(tx)
	now := time.Now()

	if err = qtx.UpdateOrder(ctx, postgresql.UpdateOrderParams{
		ID:          order.ID,
		OrderStatus: int32(order.OrderStatus),
		Updated:     now,
	}); err != nil {
		return nil, errors.Wrap(err, "qtx.UpdateOrder")
	}

	for _, item := range order.LineItems {
		if err = qtx.UpdateItemLine(ctx, postgresql.UpdateItemLineParams{
			ID:         item.ID,
			ItemStatus: int32(item.ItemStatus),
			Updated:    pgtype.Timestamptz{Time: now, Valid: true},
		}); err != nil {
			return nil, errors.Wrap(err, "qtx.UpdateItemLine")
		}
	}

	if err := tx.Commit(ctx); err != nil {
		return nil, fmt.Errorf("commit: %w", err)
	}

	return order, nil
}

func (d *orderRepo) hydrate(ctx context.Context, q *postgresql.Queries, row postgresql.OrderOrder) (*domain.Order, error) {
	order := &domain.Order{
		ID:              row.ID,
		OrderSource:     shared.OrderSource(row.OrderSource),
		LoyaltyMemberID: row.LoyaltyMemberID,
		OrderStatus:     shared.Status(row.OrderStatus),
		Location:        shared.Location(row.Location),
	}

	items, err := q.GetLineItemsByOrderID(ctx, pgtype.UUID{Bytes: row.ID, Valid: true})
	if err != nil {
		return nil, errors.Wrap(err, "querier.GetLineItemsByOrderID")
	}

	for _, it := range items {
		order.LineItems = append(order.LineItems, &domain.LineItem{
			ID:             it.ID,
			ItemType:       shared.ItemType(it.ItemType),
			Name:           it.Name,
			Price:          it.Price,
			ItemStatus:     shared.Status(it.ItemStatus),
			IsBaristaOrder: it.IsBaristaOrder,
		})
	}

	return order, nil
}
