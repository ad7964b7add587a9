package application

import (
	"log"
	"sync"
	"time"

	"github.com/pkg/errors"

	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/common/price"
)

// ordersService is implemented by infrastructure/orders (HTTP in microservices, intraprocess in monolith).
type ordersService interface {
	MarkOrderAsPaid(orderID string) error
}

type PaymentsService struct {
	ordersService ordersService

	waitGroup sync.WaitGroup
}

func NewPaymentsService(ordersService ordersService) *PaymentsService {
	return &PaymentsService{ordersService: ordersService}
}

func (s *PaymentsService) PostOrderPayment(orderID string, price price.Price) error {
	log.Printf("initializing payment for order %s (%d %s)", orderID, price.Cents(), price.Currency())

	s.waitGroup.Add(1)
	go func() {
		defer s.waitGroup.Done()

		// simulating a slow payment provider
		time.Sleep(500 * time.Millisecond)

		if err := s.postOrderPayment(orderID); err != nil {
			log.Printf("cannot post order payment: %s", err)
		}
	}()

	return nil
}

func (s *PaymentsService) postOrderPayment(orderID string) error {
	log.Printf("payment for order %s done, marking order as paid", orderID)

	if err := s.ordersService.MarkOrderAsPaid(orderID); err != nil {
		return errors.Wrap(err, "cannot mark order as paid")
	}

	return nil
}

func (s *PaymentsService) Close() {
	s.waitGroup.Wait()
}
