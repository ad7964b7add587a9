package main

// Run by hand: `go run ./starter` with a local server on localhost:7233.

import (
	"context"
	"log"

	"go.timeweave.io/sdk/client"

	"github.com/timeweave/samples/money-transfer/app"
)

func main() {
	c, err := client.Dial(client.Options{})
	if err != nil {
		log.Fatalln("Unable to create client", err)
	}
	defer c.Close()

	input := app.PaymentDetails{SourceAccount: "85-150", TargetAccount: "43-812", Amount: 250, ReferenceID: "12345"}
	we, err := c.ExecuteWorkflow(context.Background(), client.StartWorkflowOptions{
		ID:        "pay-invoice-701",
		TaskQueue: app.MoneyTransferTaskQueueName,
	}, app.MoneyTransfer, input)
	if err != nil {
		log.Fatalln("Unable to start the Workflow:", err)
	}
	log.Printf("WorkflowID: %s RunID: %s\n", we.GetID(), we.GetRunID())
	var result string
	if err := we.Get(context.Background(), &result); err != nil {
		log.Fatalln("Unable to get Workflow result:", err)
	}
	log.Println(result)
}
