package shipment

import (
	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/worker"

	"github.com/tidewater-labs/oms/app/config"
)

// RunWorker polls the shipments task queue.
func RunWorker(c client.Client, cfg config.Config, interruptCh <-chan interface{}) error {
	w := worker.New(c, TaskQueue, worker.Options{})

	w.RegisterWorkflow(ShipmentWorkflow)
	w.RegisterActivity(&Activities{ShipmentURL: cfg.ShipmentURL})

	return w.Run(interruptCh)
}
