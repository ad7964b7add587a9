package main

import (
	"context"
	"fmt"
	"net"
	"os"
	"strings"
	"sync"

	"github.com/sirupsen/logrus"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/encoding/protojson"

	pb "github.com/tinsel/boutique/src/productcatalogservice/genproto"
)

var (
	log  *logrus.Logger
	port = "3550"

	catalogMutex *sync.Mutex
)

type productCatalog struct {
	pb.UnimplementedProductCatalogServiceServer
	catalog pb.ListProductsResponse
}

func main() {
	log = logrus.New()
	catalogMutex = &sync.Mutex{}

	if os.Getenv("PORT") != "" {
		port = os.Getenv("PORT")
	}

	svc := &productCatalog{}
	if err := svc.load("products.json"); err != nil {
		log.Fatalf("could not parse product catalog: %v", err)
	}

	lis, err := net.Listen("tcp", fmt.Sprintf(":%s", port))
	if err != nil {
		log.Fatal(err)
	}
	srv := grpc.NewServer()
	pb.RegisterProductCatalogServiceServer(srv, svc)
	log.Infof("product catalog listening on :%s", port)
	log.Fatal(srv.Serve(lis))
}

func (p *productCatalog) load(path string) error {
	catalogMutex.Lock()
	defer catalogMutex.Unlock()
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return protojson.Unmarshal(raw, &p.catalog)
}

func (p *productCatalog) ListProducts(context.Context, *pb.Empty) (*pb.ListProductsResponse, error) {
	return &pb.ListProductsResponse{Products: p.catalog.Products}, nil
}

func (p *productCatalog) GetProduct(ctx context.Context, req *pb.GetProductRequest) (*pb.Product, error) {
	for _, prod := range p.catalog.Products {
		if req.Id == prod.Id {
			return prod, nil
		}
	}
	return nil, status.Errorf(codes.NotFound, "no product with ID %s", req.Id)
}

func (p *productCatalog) SearchProducts(ctx context.Context, req *pb.SearchProductsRequest) (*pb.SearchProductsResponse, error) {
	var ps []*pb.Product
	q := strings.ToLower(req.Query)
	for _, prod := range p.catalog.Products {
		if strings.Contains(strings.ToLower(prod.Name), q) ||
			strings.Contains(strings.ToLower(prod.Description), q) {
			ps = append(ps, prod)
		}
	}
	return &pb.SearchProductsResponse{Results: ps}, nil
}
