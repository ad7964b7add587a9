package search

import (
	"context"
	"fmt"
	"net"
	"time"

	"github.com/google/uuid"
	"github.com/harborlight/hotelres/dialer"
	"github.com/harborlight/hotelres/registry"
	geopb "github.com/harborlight/hotelres/services/geo/proto"
	ratepb "github.com/harborlight/hotelres/services/rate/proto"
	pb "github.com/harborlight/hotelres/services/search/proto"
	"github.com/harborlight/hotelres/tls"
	otgrpc "github.com/opentracing-contrib/go-grpc"
	opentracing "github.com/opentracing/opentracing-go"
	"github.com/rs/zerolog/log"
	"google.golang.org/grpc"
	"google.golang.org/grpc/keepalive"
)

const name = "srv-search"

// Server implements the search service
type Server struct {
	pb.UnimplementedSearchServer

	geoClient  geopb.GeoClient
	rateClient ratepb.RateClient
	uuid       string

	Tracer     opentracing.Tracer
	Port       int
	IpAddr     string
	ConsulAddr string
	KnativeDns string
	Registry   *registry.Client
}

// Run starts the server
func (s *Server) Run() error {
	if s.Port == 0 {
		return fmt.Errorf("server port must be set")
	}
	s.uuid = uuid.New().String()

	opts := []grpc.ServerOption{
		grpc.KeepaliveParams(keepalive.ServerParameters{Timeout: 120 * time.Second}),
		grpc.KeepaliveEnforcementPolicy(keepalive.EnforcementPolicy{PermitWithoutStream: true}),
		grpc.UnaryInterceptor(otgrpc.OpenTracingServerInterceptor(s.Tracer)),
	}
	if tlsopt := tls.GetServerOpt(); tlsopt != nil {
		opts = append(opts, tlsopt)
	}
	srv := grpc.NewServer(opts...)
	pb.RegisterSearchServer(srv, s)

	// init grpc clients
	if err := s.initGeoClient("srv-geo"); err != nil {
		return err
	}
	if err := s.initRateClient("srv-rate"); err != nil {
		return err
	}

	lis, err := net.Listen("tcp", fmt.Sprintf(":%d", s.Port))
	if err != nil {
		log.Fatal().Msgf("failed to listen: %v", err)
	}
	if err := s.Registry.Register(name, s.uuid, s.IpAddr, s.Port); err != nil {
		return fmt.Errorf("failed register: %v", err)
	}
	log.Info().Msg("Successfully registered in consul")
	return srv.Serve(lis)
}

// Shutdown cleans up any processes
func (s *Server) Shutdown() {
	s.Registry.Deregister(s.uuid)
}

func (s *Server) initGeoClient(name string) error {
	conn, err := s.getGrpcConn(name)
	if err != nil {
		return fmt.Errorf("dialer error: %v", err)
	}
	s.geoClient = geopb.NewGeoClient(conn)
	return nil
}

func (s *Server) initRateClient(name string) error {
	conn, err := s.getGrpcConn(name)
	if err != nil {
		return fmt.Errorf("dialer error: %v", err)
	}
	s.rateClient = ratepb.NewRateClient(conn)
	return nil
}

func (s *Server) getGrpcConn(name string) (*grpc.ClientConn, error) {
	// Before the consul resolver we dialled the containers directly:
	//   conn, err := grpc.Dial("geo:8083", grpc.WithInsecure())
	if s.KnativeDns != "" {
		return dialer.Dial(fmt.Sprintf("consul://%s/%s.%s", s.ConsulAddr, name, s.KnativeDns), dialer.WithTracer(s.Tracer))
	}
	return dialer.Dial(fmt.Sprintf("consul://%s/%s", s.ConsulAddr, name), dialer.WithTracer(s.Tracer), dialer.WithBalancer())
}

// Nearby returns ids of nearby hotels ordered by ranking algo
func (s *Server) Nearby(ctx context.Context, req *pb.NearbyRequest) (*pb.SearchResult, error) {
	log.Trace().Msgf("in Search Nearby lat = %f, lon = %f", req.Lat, req.Lon)

	nearby, err := s.geoClient.Nearby(ctx, &geopb.Request{Lat: req.Lat, Lon: req.Lon})
	if err != nil {
		return nil, err
	}

	rates, err := s.rateClient.GetRates(ctx, &ratepb.Request{
		HotelIds: nearby.HotelIds,
		InDate:   req.InDate,
		OutDate:  req.OutDate,
	})
	if err != nil {
		return nil, err
	}

	res := new(pb.SearchResult)
	for _, ratePlan := range rates.RatePlans {
		res.HotelIds = append(res.HotelIds, ratePlan.HotelId)
	}
	return res, nil
}
