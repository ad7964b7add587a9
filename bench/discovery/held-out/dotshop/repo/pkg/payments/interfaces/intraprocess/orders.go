package intraprocess

import (
	"log"
	"sync"

	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/common/price"
	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/payments/application"
)

type OrderToProcess struct {
	ID    string
	Price price.Price
}

// PaymentsInterface reads orders from a Go channel (monolith only, no broker involved).
type PaymentsInterface struct {
	orders            <-chan OrderToProcess
	service           *application.PaymentsService
	orderProcessingWg *sync.WaitGroup
	runEnded          chan struct{}
}

func NewPaymentsInterface(orders <-chan OrderToProcess, service *application.PaymentsService) PaymentsInterface {
	return PaymentsInterface{
		orders:            orders,
		service:           service,
		orderProcessingWg: &sync.WaitGroup{},
		runEnded:          make(chan struct{}, 1),
	}
}

func (o PaymentsInterface) Run() {
	defer func() {
		o.runEnded <- struct{}{}
	}()

	for order := range o.orders {
		o.orderProcessingWg.Add(1)
		go func(orderToPay OrderToProcess) {
			defer o.orderProcessingWg.Done()

			if err := o.service.PostOrderPayment(orderToPay.ID, orderToPay.Price); err != nil {
				log.Print("cannot initialize payment:", err)
			}
		}(order)
	}
}

func (o PaymentsInterface) Close() {
	o.orderProcessingWg.Wait()
	<-o.runEnded
}
