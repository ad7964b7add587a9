package main

import (
	"log"

	"github.com/ThreeDotsLabs/watermill"

	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/common/cmd"
	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/common/config"
	payments_app "github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/payments/application"
	payments_infra_orders "github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/payments/infrastructure/orders"
	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/payments/interfaces/amqp"
)

func main() {
	log.Println("Starting payments microservice")

	ctx := cmd.Context()

	paymentsService, paymentsInterface := createPaymentsMicroservice()

	go func() {
		if err := paymentsInterface.Run(ctx); err != nil {
			panic(err)
		}
	}()

	<-ctx.Done()
	log.Println("Closing payments microservice")

	if err := paymentsInterface.Close(); err != nil {
		log.Printf("cannot close subscriber: %s", err)
	}
	paymentsService.Close()
}

func createPaymentsMicroservice() (*payments_app.PaymentsService, amqp.PaymentsInterface) {
	cmd.WaitForService(config.MustGetenv("SHOP_RABBITMQ_ADDR"))

	logger := watermill.NewStdLogger(false, false)

	paymentsService := payments_app.NewPaymentsService(
		payments_infra_orders.NewHTTPClient(config.MustGetenv("SHOP_ORDERS_SERVICE_ADDR")),
	)

	paymentsInterface, err := amqp.NewPaymentsInterface(
		cmd.AmqpConfig(),
		config.MustGetenv("SHOP_RABBITMQ_ORDERS_TO_PAY_QUEUE"),
		paymentsService,
		logger,
	)
	if err != nil {
		panic(err)
	}

	return paymentsService, paymentsInterface
}
