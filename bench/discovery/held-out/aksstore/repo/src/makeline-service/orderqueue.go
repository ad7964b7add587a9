package main

import (
	"context"
	"encoding/json"
	"log"
	"os"
	"strings"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azidentity"
	"github.com/Azure/azure-sdk-for-go/sdk/messaging/azservicebus"
	amqp "github.com/Azure/go-amqp"
)

// getOrdersFromQueue drains up to a batch of orders from the configured queue.
func getOrdersFromQueue() ([]Order, error) {
	ctx := context.Background()
	queueURI := os.Getenv("ORDER_QUEUE_URI")
	queueName := os.Getenv("ORDER_QUEUE_NAME")
	if queueURI == "" || queueName == "" {
		log.Fatal("ORDER_QUEUE_URI and ORDER_QUEUE_NAME must be set")
	}

	if strings.Contains(queueURI, "servicebus.windows.net") {
		return getOrdersFromServiceBus(ctx, queueURI, queueName)
	}
	return getOrdersFromAmqp(ctx, queueURI, queueName)
}

func getOrdersFromAmqp(ctx context.Context, uri, queueName string) ([]Order, error) {
	var orders []Order

	conn, err := amqp.Dial(ctx, uri, &amqp.ConnOptions{
		SASLType: amqp.SASLTypePlain(os.Getenv("ORDER_QUEUE_USERNAME"), os.Getenv("ORDER_QUEUE_PASSWORD")),
	})
	if err != nil {
		return nil, err
	}
	defer conn.Close()

	session, err := conn.NewSession(ctx, nil)
	if err != nil {
		return nil, err
	}
	receiver, err := session.NewReceiver(ctx, queueName, &amqp.ReceiverOptions{Credit: 10})
	if err != nil {
		return nil, err
	}
	defer receiver.Close(ctx)

	for {
		rctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		msg, err := receiver.Receive(rctx, nil)
		cancel()
		if err != nil {
			break // timeout: the queue is empty for now
		}
		var order Order
		if err := json.Unmarshal(msg.GetData(), &order); err != nil {
			log.Printf("skipping malformed order: %v", err)
		} else {
			orders = append(orders, order)
		}
		receiver.AcceptMessage(ctx, msg)
	}
	return orders, nil
}

func getOrdersFromServiceBus(ctx context.Context, namespace, queueName string) ([]Order, error) {
	var orders []Order
	cred, err := azidentity.NewDefaultAzureCredential(nil)
	if err != nil {
		return nil, err
	}
	client, err := azservicebus.NewClient(strings.TrimPrefix(namespace, "amqps://"), cred, nil)
	if err != nil {
		return nil, err
	}
	defer client.Close(ctx)

	receiver, err := client.NewReceiverForQueue(queueName, nil)
	if err != nil {
		return nil, err
	}
	defer receiver.Close(ctx)

	messages, err := receiver.ReceiveMessages(ctx, 10, nil)
	if err != nil {
		return nil, err
	}
	for _, m := range messages {
		var order Order
		if err := json.Unmarshal(m.Body, &order); err == nil {
			orders = append(orders, order)
		}
		receiver.CompleteMessage(ctx, m, nil)
	}
	return orders, nil
}
