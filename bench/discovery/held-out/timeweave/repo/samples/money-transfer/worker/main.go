package main

import (
	"log"
	"os"

	"go.timeweave.io/sdk/client"
	"go.timeweave.io/sdk/worker"

	"github.com/timeweave/samples/money-transfer/app"
)

func main() {
	hostPort := os.Getenv("TIMEWEAVE_ADDRESS")
	if hostPort == "" {
		hostPort = client.DefaultHostPort // localhost:7233
	}
	namespace := os.Getenv("TIMEWEAVE_NAMESPACE")
	if namespace == "" {
		namespace = "default"
	}

	c, err := client.Dial(client.Options{HostPort: hostPort, Namespace: namespace})
	if err != nil {
		log.Fatalln("Unable to create Timeweave client.", err)
	}
	defer c.Close()

	w := worker.New(c, app.MoneyTransferTaskQueueName, worker.Options{})
	w.RegisterWorkflow(app.MoneyTransfer)
	w.RegisterActivity(app.Withdraw)
	w.RegisterActivity(app.Deposit)
	w.RegisterActivity(app.Refund)

	if err := w.Run(worker.InterruptCh()); err != nil {
		log.Fatalln("unable to start Worker", err)
	}
}
