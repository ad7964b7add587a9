package billing

import (
	"context"
	"fmt"
	"math/rand"

	"go.temporal.io/sdk/activity"

	"github.com/tidewater-labs/oms/app/internal/httputil"
)

const (
	unitPrice     = 1500 // cents
	shippingPrice = 599
	taxRateBps    = 2000
)

// Activities for the Charge workflow. FraudURL comes from FRAUD_API_URL.
type Activities struct {
	FraudURL string
}

// GenerateInvoice prices the items. Prices are fixed in this reference implementation.
func (a *Activities) GenerateInvoice(ctx context.Context, input *ChargeInput) (*GenerateInvoiceResult, error) {
	if input.CustomerID == "" {
		return nil, fmt.Errorf("customerId is required")
	}
	var subTotal int32
	for _, item := range input.Items {
		subTotal += item.Quantity * unitPrice
	}
	tax := subTotal * taxRateBps / 10000
	return &GenerateInvoiceResult{
		InvoiceReference: "INV-" + input.Reference,
		SubTotal:         subTotal,
		Shipping:         shippingPrice,
		Tax:              tax,
		Total:            subTotal + shippingPrice + tax,
	}, nil
}

// CheckFraud asks the fraud service whether the charge should be declined.
func (a *Activities) CheckFraud(ctx context.Context, input *FraudCheckInput) (*FraudCheckResult, error) {
	var result FraudCheckResult
	if err := httputil.PostJSON(ctx, a.FraudURL+"/check", input, &result); err != nil {
		activity.GetLogger(ctx).Warn("fraud check failed", "error", err)
		return nil, err
	}
	return &result, nil
}

// ChargeCustomer simulates a payment processor authorisation.
func (a *Activities) ChargeCustomer(ctx context.Context, input *ChargeCustomerInput) (*ChargeCustomerResult, error) {
	activity.GetLogger(ctx).Info("charging", "customer", input.CustomerID, "amount", input.Charge)
	return &ChargeCustomerResult{
		Success:  true,
		AuthCode: fmt.Sprintf("AUTH%06d", rand.Intn(1000000)),
	}, nil
}
