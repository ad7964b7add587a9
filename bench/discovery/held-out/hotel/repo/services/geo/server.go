package geo

import (
	"context"
	"fmt"
	"net"
	"time"

	"github.com/hailocab/go-geoindex"
	"github.com/google/uuid"
	"github.com/harborlight/hotelres/registry"
	"github.com/harborlight/hotelres/tls"
	otgrpc "github.com/opentracing-contrib/go-grpc"
	opentracing "github.com/opentracing/opentracing-go"
	"github.com/rs/zerolog/log"
	"google.golang.org/grpc"
	"google.golang.org/grpc/keepalive"
	pb "github.com/harborlight/hotelres/services/geo/proto"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

const (
	name             = "srv-geo"
	maxSearchRadius  = 10
	maxSearchResults = 5
)

// Server implements the geo service
type Server struct {
	pb.UnimplementedGeoServer

	index *geoindex.ClusteringIndex
	uuid  string

	Registry    *registry.Client
	Tracer      opentracing.Tracer
	Port        int
	IpAddr      string
	MongoClient *mongo.Client
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
	pb.RegisterGeoServer(srv, s)

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

// Nearby returns all hotels within a given distance.
func (s *Server) Nearby(ctx context.Context, req *pb.Request) (*pb.Result, error) {
	if s.index == nil {
		s.index = newGeoIndex(s.MongoClient)
	}
	var (
		points = s.getNearbyPoints(float64(req.Lat), float64(req.Lon))
		res    = &pb.Result{}
	)
	for _, p := range points {
		res.HotelIds = append(res.HotelIds, p.Id())
	}
	return res, nil
}

func (s *Server) getNearbyPoints(lat, lon float64) []geoindex.Point {
	center := &geoindex.GeoPoint{Pid: "", Plat: lat, Plon: lon}
	return s.index.KNearest(center, maxSearchResults, geoindex.Km(maxSearchRadius), func(p geoindex.Point) bool {
		return true
	})
}

type point struct {
	Pid  string  `bson:"hotelId"`
	Plat float64 `bson:"lat"`
	Plon float64 `bson:"lon"`
}

func (p *point) Lat() float64 { return p.Plat }
func (p *point) Lon() float64 { return p.Plon }
func (p *point) Id() string   { return p.Pid }

// newGeoIndex returns a geo index with points loaded from the geo collection.
func newGeoIndex(client *mongo.Client) *geoindex.ClusteringIndex {
	collection := client.Database("geo-db").Collection("geo")
	curr, err := collection.Find(context.TODO(), bson.D{})
	if err != nil {
		log.Error().Msgf("Failed get geo data: %v", err)
	}
	var points []*point
	curr.All(context.TODO(), &points)

	index := geoindex.NewClusteringIndex()
	for _, p := range points {
		index.Add(p)
	}
	return index
}
