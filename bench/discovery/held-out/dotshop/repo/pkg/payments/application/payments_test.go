package application_test

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/common/price"
	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/payments/application"
)

type ordersServiceMock struct {
	lock sync.Mutex
	paid []string
}

func (o *ordersServiceMock) MarkOrderAsPaid(orderID string) error {
	o.lock.Lock()
	defer o.lock.Unlock()
	o.paid = append(o.paid, orderID)
	return nil
}

func TestPaymentsService_PostOrderPayment(t *testing.T) {
	orders := &ordersServiceMock{}
	service := application.NewPaymentsService(orders)

	require.NoError(t, service.PostOrderPayment("1", price.NewPriceP(100, "EUR")))
	service.Close()

	assert.Equal(t, []string{"1"}, orders.paid)
}
