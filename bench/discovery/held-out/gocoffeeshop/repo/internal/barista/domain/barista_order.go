package domain

import (
	"context"
	"time"

	"github.com/google/uuid"

	"github.com/brewline-labs/brewline/pkg/event"
	"github.com/brewline-labs/brewline/pkg/shared"
)

type BaristaOrder struct {
	ID       uuid.UUID
	ItemType shared.ItemType
	ItemName string
	TimeUp   time.Time
	Created  time.Time
}

type (
	BaristaOrderRepo interface {
		Create(context.Context, *BaristaOrder) error
	}

	BaristaOrderUpdatedPublisher interface {
		Publish(context.Context, []byte, string) error
	}

	BaristaOrderedEventHandler interface {
		Handle(context.Context, *event.BaristaOrdered) error
	}
)

// PreparationTime is how long a drink takes at the bar.
func PreparationTime(itemType shared.ItemType) time.Duration {
	switch itemType {
	case shared.ItemEspresso, shared.ItemColdBrew:
		return 2 * time.Second
	case shared.ItemEspressoDouble, shared.ItemFlatWhite:
		return 3 * time.Second
	case shared.ItemCappuccino, shared.ItemLatte, shared.ItemOatLatte:
		return 5 * time.Second
	case shared.ItemMocha:
		return 7 * time.Second
	default:
		return 3 * time.Second
	}
}
