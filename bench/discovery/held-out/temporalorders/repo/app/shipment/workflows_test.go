package shipment

import (
	"testing"
	"time"

	"github.com/stretchr/testify/mock"
	"github.com/stretchr/testify/require"
	"go.temporal.io/sdk/testsuite"
)

func TestShipmentWorkflowDelivered(t *testing.T) {
	var s testsuite.WorkflowTestSuite
	env := s.NewTestWorkflowEnvironment()

	a := &Activities{ShipmentURL: "http://localhost:8083"}
	env.RegisterActivity(a)
	env.OnActivity(a.RegisterShipment, mock.Anything, mock.Anything).Return(nil)
	env.OnActivity(a.UpdateShipmentStatus, mock.Anything, mock.Anything).Return(nil)
	env.OnSignalExternalWorkflow(mock.Anything, "Order:A1", "", ShipmentStatusUpdatedSignalName, mock.Anything).Return(nil)

	env.RegisterDelayedCallback(func() {
		env.SignalWorkflow(CarrierUpdateSignalName, CarrierUpdateSignal{Status: StatusDispatched})
	}, time.Minute)
	env.RegisterDelayedCallback(func() {
		env.SignalWorkflow(CarrierUpdateSignalName, CarrierUpdateSignal{Status: StatusDelivered})
	}, 2*time.Minute)

	env.ExecuteWorkflow(ShipmentWorkflow, &ShipmentInput{
		RequestorWID: "Order:A1",
		ID:           "A1:1",
		OrderID:      "A1",
		Items:        []Item{{SKU: "Nike Air", Quantity: 1}},
	})

	require.True(t, env.IsWorkflowCompleted())
	require.NoError(t, env.GetWorkflowError())

	var result ShipmentResult
	require.NoError(t, env.GetWorkflowResult(&result))
	require.Equal(t, "A1:1:1234", result.CourierReference)
}
