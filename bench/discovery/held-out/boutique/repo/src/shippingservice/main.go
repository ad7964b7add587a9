package main

import (
	"context"
	"fmt"
	"math"
	"math/rand"
	"net"
	"os"

	"github.com/sirupsen/logrus"
	"google.golang.org/grpc"
	"google.golang.org/grpc/reflection"

	pb "github.com/tinsel/boutique/src/shippingservice/genproto"
)

const defaultPort = "50051"

var log = logrus.New()

type server struct {
	pb.UnimplementedShippingServiceServer
}

func main() {
	port := defaultPort
	if value, ok := os.LookupEnv("PORT"); ok {
		port = value
	}
	port = fmt.Sprintf(":%s", port)

	lis, err := net.Listen("tcp", port)
	if err != nil {
		log.Fatalf("failed to listen: %v", err)
	}
	srv := grpc.NewServer()
	pb.RegisterShippingServiceServer(srv, &server{})
	reflection.Register(srv)
	log.Infof("shipping service listening on %s", port)
	if err := srv.Serve(lis); err != nil {
		log.Fatalf("failed to serve: %v", err)
	}
}

func (s *server) GetQuote(ctx context.Context, in *pb.GetQuoteRequest) (*pb.GetQuoteResponse, error) {
	count := 0
	for _, item := range in.Items {
		count += int(item.Quantity)
	}
	cost := 0.0
	if count > 0 {
		cost = 8.99
	}
	units := math.Floor(cost)
	return &pb.GetQuoteResponse{
		CostUsd: &pb.Money{CurrencyCode: "USD", Units: int64(units), Nanos: int32((cost - units) * 1e9)},
	}, nil
}

func (s *server) ShipOrder(ctx context.Context, in *pb.ShipOrderRequest) (*pb.ShipOrderResponse, error) {
	base := fmt.Sprintf("%s, %s, %s", in.Address.StreetAddress, in.Address.City, in.Address.State)
	id := fmt.Sprintf("%c%c-%d%s-%d", 'A'+rand.Intn(26), 'A'+rand.Intn(26), len(base), "7", rand.Intn(1e6))
	return &pb.ShipOrderResponse{TrackingId: id}, nil
}
