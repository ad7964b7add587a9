// Package event defines the integration events exchanged over RabbitMQ
// between counter, barista and kitchen.
package event

import (
	"time"

	"github.com/google/uuid"

	"github.com/brewline-labs/brewline/pkg/shared"
)

// Exchanges, queues and routing keys. Declared by consumers and publishers.
const (
	BaristaOrderExchange   = "brewline.barista.orders"
	BaristaOrderQueue      = "barista-order-queue"
	BaristaOrderRoutingKey = "barista.order.created"

	KitchenOrderExchange   = "brewline.kitchen.orders"
	KitchenOrderQueue      = "kitchen-order-queue"
	KitchenOrderRoutingKey = "kitchen.order.created"

	CounterOrderExchange   = "brewline.counter.orders"
	CounterOrderQueue      = "counter-order-updated"
	CounterOrderRoutingKey = "counter.order.updated"
)

// Message type names (AMQP "type" header).
const (
	BaristaOrderedType      = "barista-order-created"
	KitchenOrderedType      = "kitchen-order-created"
	BaristaOrderUpdatedType = "barista-order-updated"
	KitchenOrderUpdatedType = "kitchen-order-updated"
)

type BaristaOrdered struct {
	OrderID    uuid.UUID       `json:"orderId"`
	ItemLineID uuid.UUID       `json:"itemLineId"`
	ItemType   shared.ItemType `json:"itemType"`
}

func (e BaristaOrdered) Identity() string { return "BaristaOrdered" }

type KitchenOrdered struct {
	OrderID    uuid.UUID       `json:"orderId"`
	ItemLineID uuid.UUID       `json:"itemLineId"`
	ItemType   shared.ItemType `json:"itemType"`
}

func (e KitchenOrdered) Identity() string { return "KitchenOrdered" }

type BaristaOrderUpdated struct {
	OrderID    uuid.UUID       `json:"orderId"`
	ItemLineID uuid.UUID       `json:"itemLineId"`
	Name       string          `json:"name"`
	ItemType   shared.ItemType `json:"itemType"`
	MadeBy     string          `json:"madeBy"`
	TimeIn     time.Time       `json:"timeIn"`
	TimeUp     time.Time       `json:"timeUp"`
}

func (e BaristaOrderUpdated) Identity() string { return "BaristaOrderUpdated" }

type KitchenOrderUpdated struct {
	OrderID    uuid.UUID       `json:"orderId"`
	ItemLineID uuid.UUID       `json:"itemLineId"`
	Name       string          `json:"name"`
	ItemType   shared.ItemType `json:"itemType"`
	MadeBy     string          `json:"madeBy"`
	TimeIn     time.Time       `json:"timeIn"`
	TimeUp     time.Time       `json:"timeUp"`
}

func (e KitchenOrderUpdated) Identity() string { return "KitchenOrderUpdated" }
