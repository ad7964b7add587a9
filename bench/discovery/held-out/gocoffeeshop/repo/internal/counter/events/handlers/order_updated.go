package handlers

import (
	"context"

	"github.com/google/uuid"
	"github.com/pkg/errors"

	"github.com/brewline-labs/brewline/internal/counter/domain"
	"github.com/brewline-labs/brewline/pkg/event"
)

type baristaOrderUpdatedEventHandler struct {
	orderRepo domain.OrderRepo
}

var _ domain.BaristaOrderUpdatedEventHandler = (*baristaOrderUpdatedEventHandler)(nil)

func NewBaristaOrderUpdatedEventHandler(orderRepo domain.OrderRepo) domain.BaristaOrderUpdatedEventHandler {
	return &baristaOrderUpdatedEventHandler{orderRepo: orderRepo}
}

func (h *baristaOrderUpdatedEventHandler) Handle(ctx context.Context, e *event.BaristaOrderUpdated) error {
	return applyUpdate(ctx, h.orderRepo, e.OrderID.String(), func(o *domain.Order) error {
		return o.Apply(e.ItemLineID, e.TimeUp)
	})
}

type kitchenOrderUpdatedEventHandler struct {
	orderRepo domain.OrderRepo
}

var _ domain.KitchenOrderUpdatedEventHandler = (*kitchenOrderUpdatedEventHandler)(nil)

func NewKitchenOrderUpdatedEventHandler(orderRepo domain.OrderRepo) domain.KitchenOrderUpdatedEventHandler {
	return &kitchenOrderUpdatedEventHandler{orderRepo: orderRepo}
}

func (h *kitchenOrderUpdatedEventHandler) Handle(ctx context.Context, e *event.KitchenOrderUpdated) error {
	return applyUpdate(ctx, h.orderRepo, e.OrderID.String(), func(o *domain.Order) error {
		return o.Apply(e.ItemLineID, e.TimeUp)
	})
}

func applyUpdate(ctx context.Context, repo domain.OrderRepo, orderID string, fn func(*domain.Order) error) error {
	id, err := parseID(orderID)
	if err != nil {
		return err
	}

	order, err := repo.GetByID(ctx, id)
	if err != nil {
		return errors.Wrap(err, "orderRepo.GetByID")
	}

	if err := fn(order); err != nil {
		return err
	}

	if _, err := repo.Update(ctx, order); err != nil {
		return errors.Wrap(err, "orderRepo.Update")
	}

	return nil
}

func parseID(id string) (uuid.UUID, error) {
	u, err := uuid.Parse(id)
	if err != nil {
		return uuid.Nil, errors.Wrapf(err, "invalid order id %q", id)
	}

	return u, nil
}
