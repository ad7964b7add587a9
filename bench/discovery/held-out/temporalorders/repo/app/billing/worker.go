package billing

import (
	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/worker"

	"github.com/tidewater-labs/oms/app/config"
)

// RunWorker polls the billing task queue.
func RunWorker(c client.Client, cfg config.Config, interruptCh <-chan interface{}) error {
	w := worker.New(c, TaskQueue, worker.Options{})

	w.RegisterWorkflow(Charge)
	w.RegisterActivity(&Activities{FraudURL: cfg.FraudURL})

	return w.Run(interruptCh)
}
