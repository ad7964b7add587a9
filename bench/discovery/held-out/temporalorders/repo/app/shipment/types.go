package shipment

import (
	"fmt"
	"time"
)

// TaskQueue is the shipment task queue.
const TaskQueue = "shipments"

// Signal names.
const (
	// ShipmentStatusUpdatedSignalName is sent by the shipment workflow to its requestor (the order workflow).
	ShipmentStatusUpdatedSignalName = "ShipmentStatusUpdated"
	// CarrierUpdateSignalName is sent to the shipment workflow by the shipment API when the carrier reports progress.
	CarrierUpdateSignalName = "ShipmentCarrierUpdate"
)

// Shipment statuses.
const (
	StatusPending    = "pending"
	StatusBooked     = "booked"
	StatusDispatched = "dispatched"
	StatusDelivered  = "delivered"
)

// Item is a shippable item.
type Item struct {
	SKU         string `json:"sku"`
	Description string `json:"description"`
	Quantity    int32  `json:"quantity"`
}

// ShipmentInput starts a shipment workflow.
type ShipmentInput struct {
	RequestorWID string `json:"requestorWid"`
	ID           string `json:"id"`
	OrderID      string `json:"orderId"`
	Items        []Item `json:"items"`
}

// ShipmentResult is returned when the shipment is delivered.
type ShipmentResult struct {
	CourierReference string `json:"courierReference"`
}

// ShipmentStatusUpdate is signalled to the order workflow.
type ShipmentStatusUpdate struct {
	ShipmentID string    `json:"shipmentId"`
	Status     string    `json:"status"`
	UpdatedAt  time.Time `json:"updatedAt"`
}

// CarrierUpdateSignal is sent by the shipment API on a carrier callback.
type CarrierUpdateSignal struct {
	Status string `json:"status"`
}

// RegisterShipmentInput is POSTed to the shipment API.
type RegisterShipmentInput struct {
	ID      string `json:"id"`
	OrderID string `json:"orderId"`
	Status  string `json:"status"`
}

// UpdateShipmentStatusInput is PUT to the shipment API.
type UpdateShipmentStatusInput struct {
	ShipmentID string `json:"shipmentId"`
	Status     string `json:"status"`
}

// BookShipmentInput / BookShipmentResult are used by BookShipment.
type BookShipmentInput struct {
	Reference string `json:"reference"`
	Items     []Item `json:"items"`
}

type BookShipmentResult struct {
	CourierReference string `json:"courierReference"`
}

// WorkflowID builds the shipment workflow id.
func WorkflowID(id string) string {
	return fmt.Sprintf("Shipment:%s", id)
}
