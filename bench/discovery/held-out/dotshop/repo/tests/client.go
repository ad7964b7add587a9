package tests

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
)

// client is a test-only HTTP client for the public APIs.
type client struct {
	shopAddr   string
	ordersAddr string
}

func newClient(shopAddr, ordersAddr string) client {
	return client{shopAddr, ordersAddr}
}

type productView struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

func (c client) Products() ([]productView, error) {
	resp, err := http.Get(c.shopAddr + "/products")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()

	var products []productView
	err = json.NewDecoder(resp.Body).Decode(&products)
	return products, err
}

func (c client) PlaceOrder(productID string) (string, error) {
	body, _ := json.Marshal(map[string]interface{}{
		"product_id": productID,
		"address": map[string]string{
			"name":      "Test Name",
			"street":    "Test Street",
			"city":      "Test City",
			"post_code": "00-000",
			"country":   "PL",
		},
	})

	resp, err := http.Post(c.ordersAddr+"/orders", "application/json", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()

	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("unexpected status %d", resp.StatusCode)
	}

	out := struct {
		OrderID string `json:"order_id"`
	}{}
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out.OrderID, err
}

func (c client) IsOrderPaid(orderID string) (bool, error) {
	resp, err := http.Get(fmt.Sprintf("%s/orders/%s/paid", c.ordersAddr, orderID))
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()

	out := struct {
		IsPaid bool `json:"is_paid"`
	}{}
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out.IsPaid, err
}
