package order

import (
	"fmt"
	"time"

	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/workflow"

	"github.com/tidewater-labs/oms/app/billing"
	"github.com/tidewater-labs/oms/app/shipment"
)

const customerActionTimeout = 30 * time.Second

type orderImpl struct {
	id           string
	customerID   string
	status       string
	fulfillments []*Fulfillment
	logger       interface {
		Info(string, ...interface{})
		Error(string, ...interface{})
	}
}

// Order is the order workflow. It reserves stock, charges each fulfillment through
// the billing API and starts one ShipmentWorkflow child per fulfillment.
func Order(ctx workflow.Context, input *OrderInput) (*OrderResult, error) {
	wf := &orderImpl{
		id:         input.ID,
		customerID: input.CustomerID,
		status:     StatusPending,
		logger:     workflow.GetLogger(ctx),
	}

	if err := workflow.SetQueryHandler(ctx, StatusQuery, func() (*OrderStatus, error) {
		return &OrderStatus{ID: wf.id, CustomerID: wf.customerID, Status: wf.status, Fulfillments: wf.fulfillments}, nil
	}); err != nil {
		return nil, err
	}

	ctx = workflow.WithActivityOptions(ctx, workflow.ActivityOptions{
		StartToCloseTimeout: 30 * time.Second,
		RetryPolicy: &temporal.RetryPolicy{
			InitialInterval:    time.Second,
			BackoffCoefficient: 2,
			MaximumInterval:    30 * time.Second,
		},
	})

	if err := wf.setStatus(ctx, StatusProcessing); err != nil {
		return nil, err
	}

	var a *Activities
	var reservation ReserveItemsResult
	if err := workflow.ExecuteActivity(ctx, a.ReserveItems, &ReserveItemsInput{OrderID: wf.id, Items: input.Items}).Get(ctx, &reservation); err != nil {
		return nil, err
	}
	wf.buildFulfillments(reservation)

	if len(wf.fulfillments) > 1 || wf.hasUnavailable() {
		action, err := wf.waitForCustomer(ctx)
		if err != nil {
			return nil, err
		}
		switch action {
		case CustomerActionCancel, customerActionTimeoutLabel:
			status := StatusCancelled
			if action == customerActionTimeoutLabel {
				status = StatusTimedOut
			}
			for _, f := range wf.fulfillments {
				f.Status = FulfillmentCancelled
			}
			if err := wf.setStatus(ctx, status); err != nil {
				return nil, err
			}
			return &OrderResult{Status: status}, nil
		case CustomerActionAmend:
			wf.dropUnavailable()
		}
		if err := wf.setStatus(ctx, StatusProcessing); err != nil {
			return nil, err
		}
	}

	wf.processFulfillments(ctx)

	final := StatusCompleted
	for _, f := range wf.fulfillments {
		if f.Status == FulfillmentFailed {
			final = StatusFailed
		}
	}
	if err := wf.setStatus(ctx, final); err != nil {
		return nil, err
	}
	return &OrderResult{Status: final}, nil
}

func (wf *orderImpl) setStatus(ctx workflow.Context, status string) error {
	wf.status = status
	var a *Activities
	return workflow.ExecuteActivity(ctx, a.UpdateOrderStatus, &UpdateOrderStatusInput{ID: wf.id, Status: status}).Get(ctx, nil)
}

func (wf *orderImpl) buildFulfillments(r ReserveItemsResult) {
	for i, res := range r.Reservations {
		status := FulfillmentPending
		if !res.Available {
			status = FulfillmentUnavailable
		}
		wf.fulfillments = append(wf.fulfillments, &Fulfillment{
			ID:       fmt.Sprintf("%s:%d", wf.id, i+1),
			Items:    res.Items,
			Location: res.Location,
			Status:   status,
		})
	}
}

func (wf *orderImpl) hasUnavailable() bool {
	for _, f := range wf.fulfillments {
		if f.Status == FulfillmentUnavailable {
			return true
		}
	}
	return false
}

func (wf *orderImpl) dropUnavailable() {
	kept := wf.fulfillments[:0]
	for _, f := range wf.fulfillments {
		if f.Status == FulfillmentUnavailable {
			f.Status = FulfillmentCancelled
			continue
		}
		kept = append(kept, f)
	}
	wf.fulfillments = kept
}

func (wf *orderImpl) waitForCustomer(ctx workflow.Context) (string, error) {
	if err := wf.setStatus(ctx, StatusCustomerActionRequired); err != nil {
		return "", err
	}

	var signal CustomerActionSignal
	ch := workflow.GetSignalChannel(ctx, CustomerActionSignalName)
	timerCtx, cancelTimer := workflow.WithCancel(ctx)
	defer cancelTimer()
	timer := workflow.NewTimer(timerCtx, customerActionTimeout)

	action := ""
	sel := workflow.NewSelector(ctx)
	sel.AddReceive(ch, func(c workflow.ReceiveChannel, _ bool) {
		c.Receive(ctx, &signal)
		action = signal.Action
	})
	sel.AddFuture(timer, func(workflow.Future) {
		action = customerActionTimeoutLabel
	})
	sel.Select(ctx)

	wf.logger.Info("customer action", "order", wf.id, "action", action)
	return action, nil
}

// processFulfillments charges and ships every fulfillment concurrently, and folds
// shipment status signals (sent by the shipment workflows) into the order state.
func (wf *orderImpl) processFulfillments(ctx workflow.Context) {
	var a *Activities
	shipmentUpdates := workflow.GetSignalChannel(ctx, shipment.ShipmentStatusUpdatedSignalName)
	wg := workflow.NewWaitGroup(ctx)

	for _, f := range wf.fulfillments {
		f := f
		f.Status = FulfillmentProcessing
		wg.Add(1)
		workflow.Go(ctx, func(gctx workflow.Context) {
			defer wg.Done()

			var charge billing.ChargeResult
			err := workflow.ExecuteActivity(gctx, a.ChargeCustomer, &billing.ChargeInput{
				CustomerID:     wf.customerID,
				Reference:      f.ID,
				Items:          toBillingItems(f.Items),
				IdempotencyKey: f.ID,
			}).Get(gctx, &charge)
			if err != nil || !charge.Success {
				wf.logger.Error("charge failed", "fulfillment", f.ID, "error", err)
				f.Status = FulfillmentFailed
				return
			}
			f.InvoiceID = charge.InvoiceReference

			cwo := workflow.ChildWorkflowOptions{
				TaskQueue:  shipment.TaskQueue,
				WorkflowID: shipment.WorkflowID(f.ID),
			}
			err = workflow.ExecuteChildWorkflow(workflow.WithChildOptions(gctx, cwo), shipment.ShipmentWorkflow, &shipment.ShipmentInput{
				RequestorWID: workflow.GetInfo(gctx).WorkflowExecution.ID,
				ID:           f.ID,
				OrderID:      wf.id,
				Items:        toShipmentItems(f.Items),
			}).Get(gctx, nil)
			if err != nil {
				f.Status = FulfillmentFailed
				return
			}
			f.Status = FulfillmentCompleted
		})
	}

	done := false
	workflow.Go(ctx, func(gctx workflow.Context) {
		wg.Wait(gctx)
		done = true
	})

	for !done {
		sel := workflow.NewSelector(ctx)
		sel.AddReceive(shipmentUpdates, func(c workflow.ReceiveChannel, _ bool) {
			var update shipment.ShipmentStatusUpdate
			c.Receive(ctx, &update)
			for _, f := range wf.fulfillments {
				if f.ID == update.ShipmentID {
					f.ShipmentStatus = update.Status
				}
			}
		})
		_ = workflow.Await(ctx, func() bool { return done || shipmentUpdates.Len() > 0 })
		if shipmentUpdates.Len() > 0 {
			sel.Select(ctx)
		}
	}
}

func toBillingItems(items []*Item) []billing.Item {
	out := make([]billing.Item, 0, len(items))
	for _, i := range items {
		out = append(out, billing.Item{SKU: i.SKU, Quantity: i.Quantity})
	}
	return out
}

func toShipmentItems(items []*Item) []shipment.Item {
	out := make([]shipment.Item, 0, len(items))
	for _, i := range items {
		out = append(out, shipment.Item{SKU: i.SKU, Description: i.Description, Quantity: i.Quantity})
	}
	return out
}
