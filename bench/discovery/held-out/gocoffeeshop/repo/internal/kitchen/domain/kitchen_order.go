package domain

import (
	"context"
	"time"

	"github.com/google/uuid"

	"github.com/brewline-labs/brewline/pkg/event"
	"github.com/brewline-labs/brewline/pkg/shared"
)

type KitchenOrder struct {
	ID       uuid.UUID
	OrderID  uuid.UUID
	ItemType shared.ItemType
	ItemName string
	TimeUp   time.Time
	Created  time.Time
}

type (
	KitchenOrderRepo interface {
		Create(context.Context, *KitchenOrder) error
	}

	KitchenOrderUpdatedPublisher interface {
		Publish(context.Context, []byte, string) error
	}

	KitchenOrderedEventHandler interface {
		Handle(context.Context, *event.KitchenOrdered) error
	}
)

// PreparationTime is how long the oven/warmer needs for a pastry.
func PreparationTime(itemType shared.ItemType) time.Duration {
	switch itemType {
	case shared.ItemCroissant, shared.ItemAlmondCroissant:
		return 5 * time.Second
	case shared.ItemCinnamonBun:
		return 4 * time.Second
	case shared.ItemBlueberryMuffin:
		return 3 * time.Second
	default:
		return 4 * time.Second
	}
}
