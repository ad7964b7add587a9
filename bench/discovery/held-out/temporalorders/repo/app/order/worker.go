package order

import (
	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/worker"

	"github.com/tidewater-labs/oms/app/config"
)

// RunWorker polls the orders task queue until interrupted.
func RunWorker(c client.Client, cfg config.Config, interruptCh <-chan interface{}) error {
	w := worker.New(c, TaskQueue, worker.Options{
		MaxConcurrentActivityExecutionSize: 50,
	})

	w.RegisterWorkflow(Order)
	w.RegisterActivity(&Activities{
		OrderURL:   cfg.OrderURL,
		BillingURL: cfg.BillingURL,
	})

	return w.Run(interruptCh)
}
