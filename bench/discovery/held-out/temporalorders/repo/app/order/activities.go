package order

import (
	"context"
	"fmt"
	"strings"

	"go.temporal.io/sdk/activity"

	"github.com/tidewater-labs/oms/app/billing"
	"github.com/tidewater-labs/oms/app/internal/httputil"
)

// Activities are the order workflow's activities. URLs are injected by the worker
// from ORDER_API_URL and BILLING_API_URL.
type Activities struct {
	OrderURL   string
	BillingURL string
	// FraudURL string
}

// ReserveItems splits an order into reservations per warehouse. Stock is simulated:
// SKUs prefixed "Adidas" ship from the second warehouse, "OOS" SKUs are unavailable.
func (a *Activities) ReserveItems(ctx context.Context, input *ReserveItemsInput) (*ReserveItemsResult, error) {
	byLocation := map[string][]*Item{}
	var unavailable []*Item
	for _, item := range input.Items {
		switch {
		case strings.HasPrefix(item.SKU, "OOS"):
			unavailable = append(unavailable, item)
		case strings.HasPrefix(item.SKU, "Adidas"):
			byLocation["warehouse-b"] = append(byLocation["warehouse-b"], item)
		default:
			byLocation["warehouse-a"] = append(byLocation["warehouse-a"], item)
		}
	}

	result := &ReserveItemsResult{}
	for _, loc := range []string{"warehouse-a", "warehouse-b"} {
		if items, ok := byLocation[loc]; ok {
			result.Reservations = append(result.Reservations, Reservation{Available: true, Location: loc, Items: items})
		}
	}
	if len(unavailable) > 0 {
		result.Reservations = append(result.Reservations, Reservation{Available: false, Items: unavailable})
	}
	return result, nil
}

// UpdateOrderStatus records the order's status in the order API's store.
func (a *Activities) UpdateOrderStatus(ctx context.Context, input *UpdateOrderStatusInput) error {
	url := fmt.Sprintf("%s/orders/%s/status", a.OrderURL, input.ID)
	return httputil.PutJSON(ctx, url, input, nil)
}

// ChargeCustomer asks the billing API to charge one fulfillment. The billing API runs
// the Charge workflow and answers when it has finished.
func (a *Activities) ChargeCustomer(ctx context.Context, input *billing.ChargeInput) (*billing.ChargeResult, error) {
	activity.GetLogger(ctx).Info("charging customer", "customer", input.CustomerID, "reference", input.Reference)

	var result billing.ChargeResult
	if err := httputil.PostJSON(ctx, a.BillingURL+"/charge", input, &result); err != nil {
		return nil, err
	}
	return &result, nil
}

// Fraud checks moved into the billing workflow (see app/billing/activities.go).
// Kept for reference until the old order histories are gone.
//
// func (a *Activities) CheckFraud(ctx context.Context, input *billing.FraudCheckInput) (*billing.FraudCheckResult, error) {
// 	var result billing.FraudCheckResult
// 	err := httputil.PostJSON(ctx, a.FraudURL+"/check", input, &result)
// 	return &result, err
// }
