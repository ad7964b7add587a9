// Stardust Supply — product catalog. Products are read from ./products/*.json.
package main

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/open-feature/go-sdk/openfeature"
	flagd "github.com/open-feature/go-sdk-contrib/providers/flagd/pkg"
	"github.com/sirupsen/logrus"
	"go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/trace"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/reflection"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/encoding/protojson"

	pb "github.com/stardust-supply/shop/src/product-catalog/genproto/stardust"
)

var (
	log         *logrus.Logger
	catalogMu   sync.RWMutex
	catalog     []*pb.Product
	catalogPath = "products"
)

func init() {
	log = logrus.New()
	log.Formatter = &logrus.JSONFormatter{TimestampFormat: time.RFC3339Nano}
	loadCatalog()
}

func main() {
	tp := initTracerProvider()
	defer func() { _ = tp.Shutdown(context.Background()) }()

	provider, err := flagd.NewProvider()
	if err != nil {
		log.Fatal(err)
	}
	_ = openfeature.SetProvider(provider)

	svc := &productCatalog{}
	port, ok := os.LookupEnv("PRODUCT_CATALOG_PORT")
	if !ok {
		log.Fatal("PRODUCT_CATALOG_PORT environment variable not set")
	}

	go reloadPeriodically()

	ln, err := net.Listen("tcp", fmt.Sprintf(":%s", port))
	if err != nil {
		log.Fatalf("TCP Listen: %v", err)
	}

	srv := grpc.NewServer(grpc.StatsHandler(otelgrpc.NewServerHandler()))
	reflection.Register(srv)
	pb.RegisterProductCatalogServiceServer(srv, svc)
	healthpb.RegisterHealthServer(srv, svc)

	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer cancel()

	go func() {
		log.Infof("Product Catalog gRPC server started on port: %s", port)
		if err := srv.Serve(ln); err != nil {
			log.Fatalf("Failed to serve gRPC server, err: %v", err)
		}
	}()

	<-ctx.Done()
	srv.GracefulStop()
	log.Println("Product Catalog gRPC server stopped")
}

func reloadPeriodically() {
	interval, err := strconv.Atoi(os.Getenv("PRODUCT_CATALOG_RELOAD_INTERVAL"))
	if err != nil || interval <= 0 {
		interval = 10
	}
	ticker := time.NewTicker(time.Duration(interval) * time.Second)
	for range ticker.C {
		loadCatalog()
	}
}

func loadCatalog() {
	entries, err := os.ReadDir(catalogPath)
	if err != nil {
		log.Fatalf("failed to read catalog dir %q: %v", catalogPath, err)
	}
	var products []*pb.Product
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		data, err := os.ReadFile(catalogPath + "/" + e.Name())
		if err != nil {
			log.Fatalf("failed to read %s: %v", e.Name(), err)
		}
		var res pb.ListProductsResponse
		if err := protojson.Unmarshal(data, &res); err != nil {
			log.Fatalf("failed to parse %s: %v", e.Name(), err)
		}
		products = append(products, res.Products...)
	}
	catalogMu.Lock()
	catalog = products
	catalogMu.Unlock()
	log.Infof("Loaded %d products", len(products))
}

type productCatalog struct {
	pb.UnimplementedProductCatalogServiceServer
}

func (p *productCatalog) Check(ctx context.Context, req *healthpb.HealthCheckRequest) (*healthpb.HealthCheckResponse, error) {
	return &healthpb.HealthCheckResponse{Status: healthpb.HealthCheckResponse_SERVING}, nil
}

func (p *productCatalog) Watch(req *healthpb.HealthCheckRequest, ws healthpb.Health_WatchServer) error {
	return status.Errorf(codes.Unimplemented, "health check via Watch not implemented")
}

func (p *productCatalog) ListProducts(ctx context.Context, req *pb.Empty) (*pb.ListProductsResponse, error) {
	catalogMu.RLock()
	defer catalogMu.RUnlock()
	trace.SpanFromContext(ctx).SetAttributes(attribute.Int("app.products.count", len(catalog)))
	return &pb.ListProductsResponse{Products: catalog}, nil
}

func (p *productCatalog) GetProduct(ctx context.Context, req *pb.GetProductRequest) (*pb.Product, error) {
	span := trace.SpanFromContext(ctx)
	span.SetAttributes(attribute.String("app.product.id", req.Id))

	// "productCatalogFailure" flag: fail for one specific product to demo error traces.
	client := openfeature.NewClient("productCatalog")
	if failure, _ := client.BooleanValue(ctx, "productCatalogFailure", false, openfeature.EvaluationContext{}); failure && req.Id == "OLJCESPC7Z" {
		return nil, status.Errorf(codes.Internal, "Error: Product Catalog Fail Feature Flag Enabled")
	}

	catalogMu.RLock()
	defer catalogMu.RUnlock()
	for _, product := range catalog {
		if req.Id == product.Id {
			span.SetAttributes(attribute.String("app.product.name", product.Name))
			return product, nil
		}
	}
	return nil, status.Errorf(codes.NotFound, "Product Not Found: %s", req.Id)
}

func (p *productCatalog) SearchProducts(ctx context.Context, req *pb.SearchProductsRequest) (*pb.SearchProductsResponse, error) {
	catalogMu.RLock()
	defer catalogMu.RUnlock()
	var result []*pb.Product
	q := strings.ToLower(req.Query)
	for _, product := range catalog {
		if strings.Contains(strings.ToLower(product.Name), q) || strings.Contains(strings.ToLower(product.Description), q) {
			result = append(result, product)
		}
	}
	return &pb.SearchProductsResponse{Results: result}, nil
}
