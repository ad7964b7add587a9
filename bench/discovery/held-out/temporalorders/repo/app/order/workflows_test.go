package order

import (
	"testing"

	"github.com/stretchr/testify/mock"
	"github.com/stretchr/testify/require"
	"go.temporal.io/sdk/testsuite"

	"github.com/tidewater-labs/oms/app/billing"
	"github.com/tidewater-labs/oms/app/shipment"
)

func TestOrderWorkflowSingleFulfillment(t *testing.T) {
	var s testsuite.WorkflowTestSuite
	env := s.NewTestWorkflowEnvironment()

	// Point activities at a local stub; they are mocked below anyway.
	a := &Activities{OrderURL: "http://localhost:8082", BillingURL: "http://localhost:8081"}
	env.RegisterActivity(a)
	env.RegisterWorkflow(shipment.ShipmentWorkflow)

	env.OnActivity(a.UpdateOrderStatus, mock.Anything, mock.Anything).Return(nil)
	env.OnActivity(a.ChargeCustomer, mock.Anything, mock.Anything).
		Return(&billing.ChargeResult{Success: true, InvoiceReference: "INV-1"}, nil)
	env.OnWorkflow(shipment.ShipmentWorkflow, mock.Anything, mock.Anything).Return(&shipment.ShipmentResult{CourierReference: "C-1"}, nil)

	env.ExecuteWorkflow(Order, &OrderInput{
		ID:         "A1",
		CustomerID: "1234",
		Items:      []*Item{{SKU: "Nike Air", Quantity: 2}},
	})

	require.True(t, env.IsWorkflowCompleted())
	require.NoError(t, env.GetWorkflowError())

	var result OrderResult
	require.NoError(t, env.GetWorkflowResult(&result))
	require.Equal(t, StatusCompleted, result.Status)
}

func TestOrderWorkflowCustomerCancels(t *testing.T) {
	var s testsuite.WorkflowTestSuite
	env := s.NewTestWorkflowEnvironment()

	a := &Activities{}
	env.RegisterActivity(a)
	env.OnActivity(a.UpdateOrderStatus, mock.Anything, mock.Anything).Return(nil)

	env.RegisterDelayedCallback(func() {
		env.SignalWorkflow(CustomerActionSignalName, CustomerActionSignal{Action: CustomerActionCancel})
	}, 0)

	env.ExecuteWorkflow(Order, &OrderInput{
		ID:         "A2",
		CustomerID: "1234",
		Items:      []*Item{{SKU: "Nike Air", Quantity: 1}, {SKU: "Adidas Samba", Quantity: 1}},
	})

	var result OrderResult
	require.NoError(t, env.GetWorkflowResult(&result))
	require.Equal(t, StatusCancelled, result.Status)
}
