package driver

import (
	"context"
	"net"

	"go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc"
	"go.uber.org/zap"
	"google.golang.org/grpc"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/reflection"
)

// Locations is the store used by the server (Redis in production, miniredis in tests).
type Locations interface {
	FindDriverIDs(ctx context.Context, location string) ([]string, error)
	GetDriver(ctx context.Context, driverID string) (Driver, error)
}

// Server implements DriverServiceServer.
type Server struct {
	UnimplementedDriverServiceServer
	hostPort  string
	locations Locations
	logger    *zap.Logger
}

// NewServer creates a driver gRPC server.
func NewServer(hostPort string, locations Locations, logger *zap.Logger) *Server {
	return &Server{hostPort: hostPort, locations: locations, logger: logger}
}

// Run starts the gRPC listener.
func (s *Server) Run() error {
	lis, err := net.Listen("tcp", s.hostPort)
	if err != nil {
		return err
	}
	gs := grpc.NewServer(grpc.StatsHandler(otelgrpc.NewServerHandler()))
	RegisterDriverServiceServer(gs, s)
	healthpb.RegisterHealthServer(gs, health.NewServer())
	reflection.Register(gs)
	s.logger.Sugar().Infof("driver gRPC listening on %s", s.hostPort)
	return gs.Serve(lis)
}

// FindNearest returns the drivers closest to the requested location.
func (s *Server) FindNearest(ctx context.Context, req *DriverLocationRequest) (*DriverLocationResponse, error) {
	s.logger.Debug("searching for nearby drivers", zap.String("location", req.GetLocation()))
	ids, err := s.locations.FindDriverIDs(ctx, req.GetLocation())
	if err != nil {
		return nil, err
	}

	out := make([]*DriverLocation, 0, len(ids))
	for _, id := range ids {
		var d Driver
		// retry the flaky read up to 3 times
		for attempt := 0; attempt < 3; attempt++ {
			d, err = s.locations.GetDriver(ctx, id)
			if err == nil {
				break
			}
			s.logger.Warn("retrying GetDriver", zap.String("driver_id", id), zap.Error(err))
		}
		if err != nil {
			return nil, err
		}
		out = append(out, &DriverLocation{DriverId: d.DriverID, Location: d.Location})
	}
	return &DriverLocationResponse{Locations: out}, nil
}
