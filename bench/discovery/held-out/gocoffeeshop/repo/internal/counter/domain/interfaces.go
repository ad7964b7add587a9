package domain

import (
	"context"

	"github.com/google/uuid"

	"github.com/brewline-labs/brewline/pkg/event"
	"github.com/brewline-labs/brewline/proto/gen"
)

type (
	OrderRepo interface {
		GetAll(context.Context) ([]*Order, error)
		GetByID(context.Context, uuid.UUID) (*Order, error)
		Create(context.Context, *Order) error
		Update(context.Context, *Order) (*Order, error)
	}

	// ProductDomainService prices line items by asking the product service.
	ProductDomainService interface {
		GetItemsByType(context.Context, *PlaceOrderModel, bool) ([]*ItemModel, error)
	}

	BaristaEventPublisher interface {
		Publish(context.Context, []byte, string) error
	}

	KitchenEventPublisher interface {
		Publish(context.Context, []byte, string) error
	}

	OrderUseCase interface {
		GetListOrderFulfillment(context.Context) ([]*Order, error)
		PlaceOrder(context.Context, *PlaceOrderModel) error
	}

	BaristaOrderUpdatedEventHandler interface {
		Handle(context.Context, *event.BaristaOrderUpdated) error
	}

	KitchenOrderUpdatedEventHandler interface {
		Handle(context.Context, *event.KitchenOrderUpdated) error
	}
)

type ItemModel struct {
	ItemType int
	Price    float64
}

type PlaceOrderModel struct {
	CommandType     gen.CommandType
	OrderSource     gen.OrderSource
	Location        gen.Location
	LoyaltyMemberID uuid.UUID
	BaristaItems    []*gen.CommandItem
	KitchenItems    []*gen.CommandItem
}
