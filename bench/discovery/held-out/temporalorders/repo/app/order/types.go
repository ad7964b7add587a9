package order

import "fmt"

// TaskQueue is the task queue order workflows and activities run on.
const TaskQueue = "orders"

// Query and signal names.
const (
	StatusQuery                = "getStatus"
	CustomerActionSignalName   = "customerAction"
	customerActionTimeoutLabel = "customerActionTimeout"
)

// Order statuses.
const (
	StatusPending                = "pending"
	StatusProcessing             = "processing"
	StatusCustomerActionRequired = "customerActionRequired"
	StatusCompleted              = "completed"
	StatusFailed                 = "failed"
	StatusCancelled              = "cancelled"
	StatusTimedOut               = "timedOut"
)

// Fulfillment statuses.
const (
	FulfillmentUnavailable = "unavailable"
	FulfillmentPending     = "pending"
	FulfillmentProcessing  = "processing"
	FulfillmentCompleted   = "completed"
	FulfillmentCancelled   = "cancelled"
	FulfillmentFailed      = "failed"
)

// Customer actions.
const (
	CustomerActionAmend  = "amend"
	CustomerActionCancel = "cancel"
)

// Item is a line item on an order.
type Item struct {
	SKU         string `json:"sku"`
	Description string `json:"description"`
	Quantity    int32  `json:"quantity"`
}

// OrderInput starts an order workflow.
type OrderInput struct {
	ID         string  `json:"id"`
	CustomerID string  `json:"customerId"`
	Items      []*Item `json:"items"`
}

// Fulfillment is a set of items shipped together from one location.
type Fulfillment struct {
	ID       string  `json:"id"`
	Items    []*Item `json:"items"`
	Location string  `json:"location"`
	Status   string  `json:"status"`

	InvoiceID      string `json:"invoiceId,omitempty"`
	ShipmentStatus string `json:"shipmentStatus,omitempty"`
}

// OrderStatus is the result of the status query.
type OrderStatus struct {
	ID           string         `json:"id"`
	CustomerID   string         `json:"customerId"`
	Status       string         `json:"status"`
	Fulfillments []*Fulfillment `json:"fulfillments"`
}

// OrderResult is returned by the workflow.
type OrderResult struct {
	Status string `json:"status"`
}

// CustomerActionSignal carries a customer decision.
type CustomerActionSignal struct {
	Action string `json:"action"`
}

// ReserveItemsInput / ReserveItemsResult are used by ReserveItems.
type ReserveItemsInput struct {
	OrderID string  `json:"orderId"`
	Items   []*Item `json:"items"`
}

type Reservation struct {
	Available bool    `json:"available"`
	Location  string  `json:"location"`
	Items     []*Item `json:"items"`
}

type ReserveItemsResult struct {
	Reservations []Reservation `json:"reservations"`
}

// UpdateOrderStatusInput is sent to the order API.
type UpdateOrderStatusInput struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// WorkflowID derives the workflow id for an order.
func WorkflowID(orderID string) string {
	return fmt.Sprintf("Order:%s", orderID)
}
