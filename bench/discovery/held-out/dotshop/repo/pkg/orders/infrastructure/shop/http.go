package shop

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/pkg/errors"

	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/common/price"
	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/orders/domain/orders"
	http_interface "github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/shop/interfaces/private/http"
)

// HTTPClient fetches products from the shop service private API.
type HTTPClient struct {
	address string
	client  *http.Client
}

func NewHTTPClient(address string) HTTPClient {
	return HTTPClient{
		address: address,
		client:  &http.Client{Timeout: 5 * time.Second},
	}
}

func (h HTTPClient) ProductByID(id orders.ProductID) (orders.Product, error) {
	resp, err := h.client.Get(fmt.Sprintf("%s/private/products/%s", h.address, id))
	if err != nil {
		return orders.Product{}, errors.Wrap(err, "request to shop failed")
	}
	defer resp.Body.Close()

	if resp.StatusCode != http.StatusOK {
		return orders.Product{}, errors.Errorf("shop returned status %d", resp.StatusCode)
	}

	productView := http_interface.ProductView{}
	if err := json.NewDecoder(resp.Body).Decode(&productView); err != nil {
		return orders.Product{}, errors.Wrap(err, "cannot decode response")
	}

	return OrderProductFromHTTP(productView)
}

func OrderProductFromHTTP(shopProduct http_interface.ProductView) (orders.Product, error) {
	productPrice, err := price.NewPrice(shopProduct.Price.Cents, shopProduct.Price.Currency)
	if err != nil {
		return orders.Product{}, errors.Wrap(err, "cannot decode price")
	}

	return orders.NewProduct(orders.ProductID(shopProduct.ID), shopProduct.Name, productPrice)
}
