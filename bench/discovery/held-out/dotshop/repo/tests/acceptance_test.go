package tests

import (
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/common/cmd"
)

type variant struct {
	name        string
	shopAddr    string
	ordersAddr  string
	waitForHost string
}

func variants() []variant {
	return []variant{
		{
			name:        "monolith",
			shopAddr:    getenv("SHOP_MONOLITH_ADDR", "http://localhost:8090"),
			ordersAddr:  getenv("SHOP_MONOLITH_ADDR", "http://localhost:8090"),
			waitForHost: "monolith:8080",
		},
		{
			name:        "microservices",
			shopAddr:    getenv("SHOP_SHOP_SERVICE_ADDR", "http://localhost:8071"),
			ordersAddr:  getenv("SHOP_ORDERS_SERVICE_ADDR", "http://localhost:8072"),
			waitForHost: "orders:8080",
		},
	}
}

func TestOrderPaid(t *testing.T) {
	for _, v := range variants() {
		v := v
		t.Run(v.name, func(t *testing.T) {
			cmd.WaitForService(v.waitForHost)

			client := newClient(v.shopAddr, v.ordersAddr)

			products, err := client.Products()
			require.NoError(t, err)
			require.NotEmpty(t, products)

			orderID, err := client.PlaceOrder(products[0].ID)
			require.NoError(t, err)

			assert.Eventually(t, func() bool {
				paid, err := client.IsOrderPaid(orderID)
				return err == nil && paid
			}, 5*time.Second, 100*time.Millisecond)
		})
	}
}

func getenv(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}
