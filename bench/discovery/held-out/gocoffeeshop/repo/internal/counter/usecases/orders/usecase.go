package orders

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"

	"github.com/pkg/errors"

	"github.com/brewline-labs/brewline/internal/counter/domain"
	"github.com/brewline-labs/brewline/pkg/event"
	"github.com/brewline-labs/brewline/pkg/metrics"
)

type usecase struct {
	orderRepo  domain.OrderRepo
	productSvc domain.ProductDomainService
	baristaPub domain.BaristaEventPublisher
	kitchenPub domain.KitchenEventPublisher
}

var _ domain.OrderUseCase = (*usecase)(nil)

func NewUseCase(
	orderRepo domain.OrderRepo,
	productSvc domain.ProductDomainService,
	baristaPub domain.BaristaEventPublisher,
	kitchenPub domain.KitchenEventPublisher,
) domain.OrderUseCase {
	return &usecase{
		orderRepo:  orderRepo,
		productSvc: productSvc,
		baristaPub: baristaPub,
		kitchenPub: kitchenPub,
	}
}

func (uc *usecase) GetListOrderFulfillment(ctx context.Context) ([]*domain.Order, error) {
	entities, err := uc.orderRepo.GetAll(ctx)
	if err != nil {
		return nil, fmt.Errorf("orderRepo.GetAll: %w", err)
	}

	return entities, nil
}

func (uc *usecase) PlaceOrder(ctx context.Context, model *domain.PlaceOrderModel) error {
	order, err := domain.CreateOrderFrom(ctx, model, uc.productSvc)
	if err != nil {
		return errors.Wrap(err, "domain.CreateOrderFrom")
	}

	if err := uc.orderRepo.Create(ctx, order); err != nil {
		return errors.Wrap(err, "orderRepo.Create")
	}

	for _, evt := range order.DomainEvents() {
		body, err := json.Marshal(evt)
		if err != nil {
			return errors.Wrap(err, "json.Marshal")
		}

		switch evt.(type) {
		case event.BaristaOrdered:
			err = uc.baristaPub.Publish(ctx, body, "application/json")
		case event.KitchenOrdered:
			err = uc.kitchenPub.Publish(ctx, body, "application/json")
		default:
			slog.Warn("unknown domain event", "type", fmt.Sprintf("%T", evt))
		}

		if err != nil {
			return errors.Wrap(err, "publish domain event")
		}
	}

	metrics.OrdersPlaced.Inc()
	slog.Debug("order placed", "order_id", order.ID, "line_items", len(order.LineItems))

	return nil
}
