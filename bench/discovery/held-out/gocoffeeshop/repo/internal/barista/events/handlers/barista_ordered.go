package handlers

import (
	"context"
	"encoding/json"
	"log/slog"
	"time"

	"github.com/pkg/errors"

	"github.com/brewline-labs/brewline/internal/barista/domain"
	"github.com/brewline-labs/brewline/pkg/event"
)

type baristaOrderedEventHandler struct {
	repo        domain.BaristaOrderRepo
	counterPub  domain.BaristaOrderUpdatedPublisher
	baristaName string
	speedFactor float64
}

var _ domain.BaristaOrderedEventHandler = (*baristaOrderedEventHandler)(nil)

func NewBaristaOrderedEventHandler(
	repo domain.BaristaOrderRepo,
	counterPub domain.BaristaOrderUpdatedPublisher,
	baristaName string,
	speedFactor float64,
) domain.BaristaOrderedEventHandler {
	return &baristaOrderedEventHandler{
		repo:        repo,
		counterPub:  counterPub,
		baristaName: baristaName,
		speedFactor: speedFactor,
	}
}

func (h *baristaOrderedEventHandler) Handle(ctx context.Context, e *event.BaristaOrdered) error {
	timeIn := time.Now()

	delay := time.Duration(float64(domain.PreparationTime(e.ItemType)) * h.speedFactor)
	select {
	case <-time.After(delay):
	case <-ctx.Done():
		return ctx.Err()
	}

	timeUp := time.Now()

	order := &domain.BaristaOrder{
		ID:       e.ItemLineID,
		ItemType: e.ItemType,
		ItemName: e.ItemType.String(),
		TimeUp:   timeUp,
		Created:  timeIn,
	}

	if err := h.repo.Create(ctx, order); err != nil {
		return errors.Wrap(err, "repo.Create")
	}

	body, err := json.Marshal(event.BaristaOrderUpdated{
		OrderID:    e.OrderID,
		ItemLineID: e.ItemLineID,
		Name:       e.ItemType.String(),
		ItemType:   e.ItemType,
		MadeBy:     h.baristaName,
		TimeIn:     timeIn,
		TimeUp:     timeUp,
	})
	if err != nil {
		return errors.Wrap(err, "json.Marshal")
	}

	if err := h.counterPub.Publish(ctx, body, "application/json"); err != nil {
		return errors.Wrap(err, "counterPub.Publish")
	}

	slog.Info("drink ready", "order_id", e.OrderID, "item", e.ItemType.String(), "took", timeUp.Sub(timeIn))

	return nil
}
