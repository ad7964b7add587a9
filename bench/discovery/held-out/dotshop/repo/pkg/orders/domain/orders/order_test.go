package orders_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/common/price"
	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/orders/domain/orders"
)

func TestNewOrder(t *testing.T) {
	orderProduct, orderAddress := createOrderContent(t)

	testOrder, err := orders.NewOrder("1", orderProduct, orderAddress)
	require.NoError(t, err)
	assert.False(t, testOrder.Paid())

	testOrder.MarkAsPaid()
	assert.True(t, testOrder.Paid())
}

func TestNewOrder_empty_id(t *testing.T) {
	orderProduct, orderAddress := createOrderContent(t)

	_, err := orders.NewOrder("", orderProduct, orderAddress)
	assert.Equal(t, orders.ErrEmptyOrderID, err)
}

func createOrderContent(t *testing.T) (orders.Product, orders.Address) {
	orderProduct, err := orders.NewProduct("1", "foo", price.NewPriceP(10, "EUR"))
	require.NoError(t, err)

	orderAddress, err := orders.NewAddress("test", "test", "test", "test", "test")
	require.NoError(t, err)

	return orderProduct, orderAddress
}
