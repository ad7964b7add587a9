package driver

import (
	"context"
	"time"

	"go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc"
	"go.uber.org/zap"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
)

// Client is the frontend's view of the driver service.
type Client struct {
	logger *zap.Logger
	client DriverServiceClient
}

// NewClient dials the driver service at hostPort (e.g. "driver:8082").
func NewClient(logger *zap.Logger, hostPort string) *Client {
	conn, err := grpc.NewClient(hostPort,
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithStatsHandler(otelgrpc.NewClientHandler()),
	)
	if err != nil {
		logger.Fatal("cannot create driver gRPC client", zap.Error(err))
	}
	return &Client{logger: logger, client: NewDriverServiceClient(conn)}
}

// FindNearest asks the driver service for cars close to location.
func (c *Client) FindNearest(ctx context.Context, location string) ([]Driver, error) {
	c.logger.Debug("finding nearest drivers", zap.String("location", location))
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()

	res, err := c.client.FindNearest(ctx, &DriverLocationRequest{Location: location})
	if err != nil {
		return nil, err
	}
	drivers := make([]Driver, 0, len(res.Locations))
	for _, l := range res.Locations {
		drivers = append(drivers, Driver{DriverID: l.DriverId, Location: l.Location})
	}
	return drivers, nil
}
