package client

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGetItemTypes(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "/v1/api/item-types", r.URL.Path)
		_ = json.NewEncoder(w).Encode(map[string]any{
			"itemTypes": []map[string]any{{"name": "LATTE", "type": 5, "price": 4.5}},
		})
	}))
	defer srv.Close()

	c := NewProxyClient(srv.URL, time.Second)

	items, err := c.GetItemTypes(context.Background())
	require.NoError(t, err)
	require.Len(t, items, 1)
	assert.Equal(t, "LATTE", items[0].Name)
}

func TestPlaceOrderSurfacesErrors(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		http.Error(w, "boom", http.StatusInternalServerError)
	}))
	defer srv.Close()

	c := NewProxyClient(srv.URL, time.Second)
	err := c.PlaceOrder(context.Background(), PlaceOrderRequest{LoyaltyMemberID: "not-a-uuid"})
	assert.Error(t, err)
}

func TestUnreachableGateway(t *testing.T) {
	// nothing listens here in CI
	c := NewProxyClient("http://127.0.0.1:59999", 200*time.Millisecond)
	_, err := c.GetFulfillmentOrders(context.Background())
	assert.Error(t, err)
}
