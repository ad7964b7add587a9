package main

import (
	"log"
	"net/http"

	"github.com/ThreeDotsLabs/watermill"
	"github.com/go-chi/chi"

	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/common/cmd"
	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/common/config"
	orders_app "github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/orders/application"
	orders_infra_orders "github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/orders/infrastructure/orders"
	orders_infra_payments "github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/orders/infrastructure/payments"
	orders_infra_product "github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/orders/infrastructure/shop"
	orders_private_http "github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/orders/interfaces/private/http"
	orders_public_http "github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/orders/interfaces/public/http"
)

func main() {
	log.Println("Starting orders microservice")

	ctx := cmd.Context()

	r, closeFn := createOrderMicroservice()
	defer closeFn()

	server := &http.Server{Addr: config.MustGetenv("SHOP_ORDERS_SERVICE_BIND_ADDR"), Handler: r}
	go func() {
		if err := server.ListenAndServe(); err != http.ErrServerClosed {
			panic(err)
		}
	}()

	<-ctx.Done()
	log.Println("Closing orders microservice")

	if err := server.Close(); err != nil {
		panic(err)
	}
}

func createOrderMicroservice() (router *chi.Mux, closeFn func()) {
	cmd.WaitForService(config.MustGetenv("SHOP_RABBITMQ_ADDR"))

	logger := watermill.NewStdLogger(false, false)

	shopHTTPClient := orders_infra_product.NewHTTPClient(config.MustGetenv("SHOP_SHOP_SERVICE_ADDR"))

	paymentsAMQPService, err := orders_infra_payments.NewAMQPService(
		cmd.AmqpConfig(),
		config.MustGetenv("SHOP_RABBITMQ_ORDERS_TO_PAY_QUEUE"),
		logger,
	)
	if err != nil {
		panic(err)
	}

	ordersRepo := orders_infra_orders.NewMemoryRepository()
	ordersService := orders_app.NewOrdersService(
		shopHTTPClient,
		paymentsAMQPService,
		ordersRepo,
	)

	r := cmd.CreateRouter()
	orders_public_http.AddRoutes(r, ordersService, ordersRepo)
	orders_private_http.AddRoutes(r, ordersService, ordersRepo)

	return r, func() {
		if err := paymentsAMQPService.Close(); err != nil {
			log.Printf("cannot close orders queue: %s", err)
		}
	}
}
