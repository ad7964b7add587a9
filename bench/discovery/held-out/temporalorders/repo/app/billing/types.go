package billing

import "fmt"

// TaskQueue is the billing task queue.
const TaskQueue = "billing"

// Item is a billable line item.
type Item struct {
	SKU      string `json:"sku"`
	Quantity int32  `json:"quantity"`
}

// ChargeInput is the input to the Charge workflow and the POST /charge body.
type ChargeInput struct {
	CustomerID     string `json:"customerId"`
	Reference      string `json:"reference"`
	Items          []Item `json:"items"`
	IdempotencyKey string `json:"idempotencyKey,omitempty"`
}

// ChargeResult is returned by the Charge workflow.
type ChargeResult struct {
	InvoiceReference string `json:"invoiceReference"`
	SubTotal         int32  `json:"subTotal"`
	Shipping         int32  `json:"shipping"`
	Tax              int32  `json:"tax"`
	Total            int32  `json:"total"`
	Success          bool   `json:"success"`
	AuthCode         string `json:"authCode,omitempty"`
}

// GenerateInvoiceResult is produced by GenerateInvoice.
type GenerateInvoiceResult struct {
	InvoiceReference string `json:"invoiceReference"`
	SubTotal         int32  `json:"subTotal"`
	Shipping         int32  `json:"shipping"`
	Tax              int32  `json:"tax"`
	Total            int32  `json:"total"`
}

// FraudCheckInput is sent to the fraud API.
type FraudCheckInput struct {
	CustomerID string `json:"customerId"`
	Charge     int32  `json:"charge"`
}

// FraudCheckResult is the fraud API's answer.
type FraudCheckResult struct {
	Declined bool `json:"declined"`
}

// ChargeCustomerInput is passed to the (simulated) payment processor.
type ChargeCustomerInput struct {
	CustomerID string `json:"customerId"`
	Reference  string `json:"reference"`
	Charge     int32  `json:"charge"`
}

// ChargeCustomerResult from the payment processor.
type ChargeCustomerResult struct {
	Success  bool   `json:"success"`
	AuthCode string `json:"authCode"`
}

// WorkflowID builds the workflow id for a charge.
func WorkflowID(reference string) string {
	return fmt.Sprintf("Charge:%s", reference)
}
