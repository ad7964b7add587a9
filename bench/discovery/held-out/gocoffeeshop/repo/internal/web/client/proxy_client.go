// Package client is the web server's HTTP client for the Brewline gateway
// (the proxy service). All calls are made server-side while rendering pages.
package client

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

const (
	itemTypesPath   = "/v1/api/item-types"
	ordersPath      = "/v1/api/orders"
	fulfillmentPath = "/v1/api/fulfillment-orders"
)

type ItemType struct {
	Name  string  `json:"name"`
	Type  int     `json:"type"`
	Price float64 `json:"price"`
	Image string  `json:"image"`
}

type LineItem struct {
	ID             string  `json:"id"`
	ItemType       int     `json:"itemType"`
	Name           string  `json:"name"`
	Price          float64 `json:"price"`
	ItemStatus     int     `json:"itemStatus"`
	IsBaristaOrder bool    `json:"isBaristaOrder"`
}

type Order struct {
	ID              string     `json:"id"`
	OrderSource     int        `json:"orderSource"`
	LoyaltyMemberID string     `json:"loyaltyMemberId"`
	OrderStatus     int        `json:"orderStatus"`
	Location        int        `json:"location"`
	LineItems       []LineItem `json:"lineItems"`
}

type CommandItem struct {
	ItemType int `json:"itemType"`
}

type PlaceOrderRequest struct {
	CommandType     int           `json:"commandType"`
	OrderSource     int           `json:"orderSource"`
	Location        int           `json:"location"`
	LoyaltyMemberID string        `json:"loyaltyMemberId"`
	BaristaItems    []CommandItem `json:"baristaItems"`
	KitchenItems    []CommandItem `json:"kitchenItems"`
	Timestamp       time.Time     `json:"timestamp"`
}

type ProxyClient struct {
	baseURL string
	http    *http.Client
}

func NewProxyClient(baseURL string, timeout time.Duration) *ProxyClient {
	return &ProxyClient{
		baseURL: strings.TrimRight(baseURL, "/"),
		http:    &http.Client{Timeout: timeout},
	}
}

func (c *ProxyClient) url(path string) string {
	return c.baseURL + path
}

func (c *ProxyClient) GetItemTypes(ctx context.Context) ([]ItemType, error) {
	var out struct {
		ItemTypes []ItemType `json:"itemTypes"`
	}

	if err := c.do(ctx, http.MethodGet, c.url(itemTypesPath), nil, &out); err != nil {
		return nil, err
	}

	return out.ItemTypes, nil
}

func (c *ProxyClient) GetFulfillmentOrders(ctx context.Context) ([]Order, error) {
	var out struct {
		Orders []Order `json:"orders"`
	}

	if err := c.do(ctx, http.MethodGet, c.url(fulfillmentPath), nil, &out); err != nil {
		return nil, err
	}

	return out.Orders, nil
}

func (c *ProxyClient) PlaceOrder(ctx context.Context, req PlaceOrderRequest) error {
	body, err := json.Marshal(req)
	if err != nil {
		return err
	}

	return c.do(ctx, http.MethodPost, c.url(ordersPath), body, nil)
}

func (c *ProxyClient) do(ctx context.Context, method, url string, body []byte, out any) error {
	var rdr io.Reader
	if body != nil {
		rdr = bytes.NewReader(body)
	}

	req, err := http.NewRequestWithContext(ctx, method, url, rdr)
	if err != nil {
		return err
	}

	req.Header.Set("Accept", "application/json")

	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}

	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("%s %s: %w", method, url, err)
	}
	defer resp.Body.Close()

	if resp.StatusCode >= http.StatusBadRequest {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 512))

		return fmt.Errorf("%s %s: status %d: %s", method, url, resp.StatusCode, msg)
	}

	if out == nil {
		return nil
	}

	return json.NewDecoder(resp.Body).Decode(out)
}
