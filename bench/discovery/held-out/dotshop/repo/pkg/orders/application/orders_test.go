package application_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/common/price"
	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/orders/application"
	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/orders/domain/orders"
	orders_infra "github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/orders/infrastructure/orders"
)

type productsServiceMock struct{}

func (productsServiceMock) ProductByID(id orders.ProductID) (orders.Product, error) {
	return orders.NewProduct(id, "Test", price.NewPriceP(100, "EUR"))
}

type paymentsServiceMock struct {
	initialized []orders.ID
}

func (p *paymentsServiceMock) InitializeOrderPayment(id orders.ID, price price.Price) error {
	p.initialized = append(p.initialized, id)
	return nil
}

func TestOrdersService_PlaceOrder(t *testing.T) {
	payments := &paymentsServiceMock{}
	repo := orders_infra.NewMemoryRepository()
	service := application.NewOrdersService(productsServiceMock{}, payments, repo)

	err := service.PlaceOrder(application.PlaceOrderCommand{
		OrderID:   "1",
		ProductID: "2",
		Address: application.PlaceOrderCommandAddress{
			Name: "a", Street: "b", City: "c", PostCode: "d", Country: "e",
		},
	})
	require.NoError(t, err)
	assert.Equal(t, []orders.ID{"1"}, payments.initialized)

	require.NoError(t, service.MarkOrderAsPaid(application.MarkOrderAsPaidCommand{OrderID: "1"}))

	o, err := service.OrderByID("1")
	require.NoError(t, err)
	assert.True(t, o.Paid())
}
