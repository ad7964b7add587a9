package shipment

import (
	"context"
	"fmt"

	"go.temporal.io/sdk/activity"

	"github.com/tidewater-labs/oms/app/internal/httputil"
)

// Activities for the shipment workflow. ShipmentURL is SHIPMENT_API_URL.
type Activities struct {
	ShipmentURL string
}

// RegisterShipment creates the shipment record via the shipment API.
func (a *Activities) RegisterShipment(ctx context.Context, input *RegisterShipmentInput) error {
	return httputil.PostJSON(ctx, a.ShipmentURL+"/shipments", input, nil)
}

// UpdateShipmentStatus records a status change via the shipment API.
func (a *Activities) UpdateShipmentStatus(ctx context.Context, input *UpdateShipmentStatusInput) error {
	url := fmt.Sprintf("%s/shipments/%s/status", a.ShipmentURL, input.ShipmentID)
	return httputil.PutJSON(ctx, url, input, nil)
}

// BookShipment books a courier. The reference app simulates the carrier; the
// operator drives dispatch/delivery from the UI, which posts carrier updates.
func (a *Activities) BookShipment(ctx context.Context, input *BookShipmentInput) (*BookShipmentResult, error) {
	activity.GetLogger(ctx).Info("booking shipment", "reference", input.Reference)

	// Real carrier integration, disabled until the ShipFast contract is signed:
	//
	// var res BookShipmentResult
	// err := httputil.PostJSON(ctx, "https://api.shipfast.example/v2/bookings", input, &res)
	// return &res, err

	return &BookShipmentResult{CourierReference: input.Reference + ":1234"}, nil
}
