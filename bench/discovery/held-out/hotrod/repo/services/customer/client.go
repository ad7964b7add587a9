package customer

import (
	"context"
	"fmt"
	"net/url"

	"go.uber.org/zap"

	"github.com/quickcab/quickcab/pkg/tracing"
)

// Client calls the customer service over HTTP.
type Client struct {
	logger   *zap.Logger
	client   *tracing.HTTPClient
	hostPort string
}

// NewClient creates a client for the customer service at hostPort
// (e.g. "customer:8081").
func NewClient(logger *zap.Logger, hostPort string) *Client {
	return &Client{logger: logger, client: tracing.NewHTTPClient(), hostPort: hostPort}
}

// Get implements Interface by calling GET /customer?customer=ID.
func (c *Client) Get(ctx context.Context, customerID string) (*Customer, error) {
	c.logger.Debug("getting customer", zap.String("customer_id", customerID))

	u := fmt.Sprintf("http://%s/customer?customer=%s", c.hostPort, url.QueryEscape(customerID))
	var cust Customer
	if err := c.client.GetJSON(ctx, "/customer", u, &cust); err != nil {
		return nil, err
	}
	return &cust, nil
}
