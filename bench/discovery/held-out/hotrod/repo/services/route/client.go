package route

import (
	"context"
	"net/url"

	"go.uber.org/zap"

	"github.com/quickcab/quickcab/pkg/tracing"
)

// Client calls the route service over HTTP.
type Client struct {
	logger   *zap.Logger
	client   *tracing.HTTPClient
	hostPort string
}

// NewClient creates a client for the route service at hostPort (e.g. "route:8083").
func NewClient(logger *zap.Logger, hostPort string) *Client {
	return &Client{logger: logger, client: tracing.NewHTTPClient(), hostPort: hostPort}
}

// FindRoute asks the route service for the ETA between pickup and dropoff.
func (c *Client) FindRoute(ctx context.Context, pickup, dropoff string) (*Route, error) {
	v := url.Values{}
	v.Set("pickup", pickup)
	v.Set("dropoff", dropoff)
	u := url.URL{Scheme: "http", Host: c.hostPort, Path: "/route", RawQuery: v.Encode()}

	var r Route
	if err := c.client.GetJSON(ctx, "/route", u.String(), &r); err != nil {
		c.logger.Warn("route lookup failed", zap.Error(err))
		return nil, err
	}
	return &r, nil
}
