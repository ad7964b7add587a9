package shipment

import (
	"time"

	"go.temporal.io/sdk/workflow"
)

type shipmentImpl struct {
	input  *ShipmentInput
	status string
}

// ShipmentWorkflow registers and books a shipment, then follows carrier updates until
// delivery, relaying every status change to the requesting order workflow.
func ShipmentWorkflow(ctx workflow.Context, input *ShipmentInput) (*ShipmentResult, error) {
	s := &shipmentImpl{input: input, status: StatusPending}

	ctx = workflow.WithActivityOptions(ctx, workflow.ActivityOptions{
		StartToCloseTimeout: 10 * time.Second,
	})

	var a *Activities
	if err := workflow.ExecuteActivity(ctx, a.RegisterShipment, &RegisterShipmentInput{
		ID:      input.ID,
		OrderID: input.OrderID,
		Status:  StatusPending,
	}).Get(ctx, nil); err != nil {
		return nil, err
	}

	var booking BookShipmentResult
	if err := workflow.ExecuteActivity(ctx, a.BookShipment, &BookShipmentInput{
		Reference: input.ID,
		Items:     input.Items,
	}).Get(ctx, &booking); err != nil {
		return nil, err
	}

	if err := s.updateStatus(ctx, StatusBooked); err != nil {
		return nil, err
	}

	carrier := workflow.GetSignalChannel(ctx, CarrierUpdateSignalName)
	for s.status != StatusDelivered {
		var update CarrierUpdateSignal
		carrier.Receive(ctx, &update)
		if err := s.updateStatus(ctx, update.Status); err != nil {
			return nil, err
		}
	}

	return &ShipmentResult{CourierReference: booking.CourierReference}, nil
}

func (s *shipmentImpl) updateStatus(ctx workflow.Context, status string) error {
	s.status = status

	var a *Activities
	if err := workflow.ExecuteActivity(ctx, a.UpdateShipmentStatus, &UpdateShipmentStatusInput{
		ShipmentID: s.input.ID,
		Status:     status,
	}).Get(ctx, nil); err != nil {
		return err
	}

	// Tell the order workflow that started us.
	return workflow.SignalExternalWorkflow(ctx, s.input.RequestorWID, "", ShipmentStatusUpdatedSignalName, &ShipmentStatusUpdate{
		ShipmentID: s.input.ID,
		Status:     status,
		UpdatedAt:  workflow.Now(ctx),
	}).Get(ctx, nil)
}
