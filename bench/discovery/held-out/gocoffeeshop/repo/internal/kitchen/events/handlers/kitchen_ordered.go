package handlers

import (
	"context"
	"encoding/json"
	"log/slog"
	"time"

	"github.com/pkg/errors"

	"github.com/brewline-labs/brewline/internal/kitchen/domain"
	"github.com/brewline-labs/brewline/pkg/event"
)

type kitchenOrderedEventHandler struct {
	repo        domain.KitchenOrderRepo
	counterPub  domain.KitchenOrderUpdatedPublisher
	kitchenName string
	speedFactor float64
}

var _ domain.KitchenOrderedEventHandler = (*kitchenOrderedEventHandler)(nil)

func NewKitchenOrderedEventHandler(
	repo domain.KitchenOrderRepo,
	counterPub domain.KitchenOrderUpdatedPublisher,
	kitchenName string,
	speedFactor float64,
) domain.KitchenOrderedEventHandler {
	return &kitchenOrderedEventHandler{
		repo:        repo,
		counterPub:  counterPub,
		kitchenName: kitchenName,
		speedFactor: speedFactor,
	}
}

func (h *kitchenOrderedEventHandler) Handle(ctx context.Context, e *event.KitchenOrdered) error {
	timeIn := time.Now()

	delay := time.Duration(float64(domain.PreparationTime(e.ItemType)) * h.speedFactor)
	select {
	case <-time.After(delay):
	case <-ctx.Done():
		return ctx.Err()
	}

	timeUp := time.Now()

	order := &domain.KitchenOrder{
		ID:       e.ItemLineID,
		OrderID:  e.OrderID,
		ItemType: e.ItemType,
		ItemName: e.ItemType.String(),
		TimeUp:   timeUp,
		Created:  timeIn,
	}

	if err := h.repo.Create(ctx, order); err != nil {
		return errors.Wrap(err, "repo.Create")
	}

	body, err := json.Marshal(event.KitchenOrderUpdated{
		OrderID:    e.OrderID,
		ItemLineID: e.ItemLineID,
		Name:       e.ItemType.String(),
		ItemType:   e.ItemType,
		MadeBy:     h.kitchenName,
		TimeIn:     timeIn,
		TimeUp:     timeUp,
	})
	if err != nil {
		return errors.Wrap(err, "json.Marshal")
	}

	if err := h.counterPub.Publish(ctx, body, "application/json"); err != nil {
		return errors.Wrap(err, "counterPub.Publish")
	}

	slog.Info("food ready", "order_id", e.OrderID, "item", e.ItemType.String(), "took", timeUp.Sub(timeIn))

	return nil
}
