package domain

import (
	"context"
	"fmt"
	"time"

	"github.com/google/uuid"

	"github.com/brewline-labs/brewline/pkg/event"
	"github.com/brewline-labs/brewline/pkg/shared"
)

type Order struct {
	ID              uuid.UUID
	OrderSource     shared.OrderSource
	LoyaltyMemberID uuid.UUID
	OrderStatus     shared.Status
	Location        shared.Location
	LineItems       []*LineItem

	domainEvents []any
}

type LineItem struct {
	ID             uuid.UUID
	ItemType       shared.ItemType
	Name           string
	Price          float64
	ItemStatus     shared.Status
	IsBaristaOrder bool
}

func NewOrder(source shared.OrderSource, loyaltyMemberID uuid.UUID, status shared.Status, loc shared.Location) *Order {
	return &Order{
		ID:              uuid.New(),
		OrderSource:     source,
		LoyaltyMemberID: loyaltyMemberID,
		OrderStatus:     status,
		Location:        loc,
	}
}

func NewLineItem(itemType shared.ItemType, name string, price float64, status shared.Status, isBarista bool) *LineItem {
	return &LineItem{
		ID:             uuid.New(),
		ItemType:       itemType,
		Name:           name,
		Price:          price,
		ItemStatus:     status,
		IsBaristaOrder: isBarista,
	}
}

// CreateOrderFrom builds the aggregate, pricing every item through the
// product service and recording BaristaOrdered / KitchenOrdered events.
func CreateOrderFrom(ctx context.Context, request *PlaceOrderModel, productSvc ProductDomainService) (*Order, error) {
	order := NewOrder(shared.OrderSource(request.OrderSource), request.LoyaltyMemberID, shared.StatusInProcess, shared.Location(request.Location))

	if len(request.BaristaItems) > 0 {
		items, err := productSvc.GetItemsByType(ctx, request, true)
		if err != nil {
			return nil, fmt.Errorf("pricing barista items: %w", err)
		}

		for _, it := range items {
			itemType := shared.ItemType(it.ItemType)
			li := NewLineItem(itemType, itemType.String(), it.Price, shared.StatusInProcess, true)

			order.addEvent(event.BaristaOrdered{OrderID: order.ID, ItemLineID: li.ID, ItemType: itemType})
			order.LineItems = append(order.LineItems, li)
		}
	}

	if len(request.KitchenItems) > 0 {
		items, err := productSvc.GetItemsByType(ctx, request, false)
		if err != nil {
			return nil, fmt.Errorf("pricing kitchen items: %w", err)
		}

		for _, it := range items {
			itemType := shared.ItemType(it.ItemType)
			li := NewLineItem(itemType, itemType.String(), it.Price, shared.StatusInProcess, false)

			order.addEvent(event.KitchenOrdered{OrderID: order.ID, ItemLineID: li.ID, ItemType: itemType})
			order.LineItems = append(order.LineItems, li)
		}
	}

	return order, nil
}

// Apply marks a line item as fulfilled and closes the order when every
// item is done.
func (o *Order) Apply(itemLineID uuid.UUID, _ time.Time) error {
	found := false

	for _, li := range o.LineItems {
		if li.ID == itemLineID {
			li.ItemStatus = shared.StatusFulfilled
			found = true
		}
	}

	if !found {
		return fmt.Errorf("line item %s not found in order %s", itemLineID, o.ID)
	}

	for _, li := range o.LineItems {
		if li.ItemStatus != shared.StatusFulfilled {
			return nil
		}
	}

	o.OrderStatus = shared.StatusFulfilled

	return nil
}

func (o *Order) addEvent(e any) {
	o.domainEvents = append(o.domainEvents, e)
}

func (o *Order) DomainEvents() []any {
	return o.domainEvents
}
