package billing

import (
	"time"

	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/workflow"
)

// Charge generates an invoice, runs a fraud check and charges the customer.
func Charge(ctx workflow.Context, input *ChargeInput) (*ChargeResult, error) {
	ctx = workflow.WithActivityOptions(ctx, workflow.ActivityOptions{
		StartToCloseTimeout: 10 * time.Second,
		RetryPolicy: &temporal.RetryPolicy{
			MaximumAttempts:        5,
			NonRetryableErrorTypes: []string{"FraudDeclined"},
		},
	})

	var a *Activities

	var invoice GenerateInvoiceResult
	if err := workflow.ExecuteActivity(ctx, a.GenerateInvoice, input).Get(ctx, &invoice); err != nil {
		return nil, err
	}

	result := &ChargeResult{
		InvoiceReference: invoice.InvoiceReference,
		SubTotal:         invoice.SubTotal,
		Shipping:         invoice.Shipping,
		Tax:              invoice.Tax,
		Total:            invoice.Total,
	}

	var fraud FraudCheckResult
	if err := workflow.ExecuteActivity(ctx, a.CheckFraud, &FraudCheckInput{
		CustomerID: input.CustomerID,
		Charge:     invoice.Total,
	}).Get(ctx, &fraud); err != nil {
		return nil, err
	}
	if fraud.Declined {
		workflow.GetLogger(ctx).Info("charge declined by fraud check", "customer", input.CustomerID)
		return result, nil
	}

	var charge ChargeCustomerResult
	if err := workflow.ExecuteActivity(ctx, a.ChargeCustomer, &ChargeCustomerInput{
		CustomerID: input.CustomerID,
		Reference:  invoice.InvoiceReference,
		Charge:     invoice.Total,
	}).Get(ctx, &charge); err != nil {
		return nil, err
	}

	result.Success = charge.Success
	result.AuthCode = charge.AuthCode
	return result, nil
}
