package main

import (
	_ "embed"
	"net/http"
	"os"

	graphql "github.com/graph-gophers/graphql-go"
	"github.com/graph-gophers/graphql-go/relay"
	"github.com/hashicorp/go-hclog"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/exporters/jaeger"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"

	"github.com/kettleco/shop/public-api/config"
	"github.com/kettleco/shop/public-api/graph"
	"github.com/kettleco/shop/public-api/handlers"
	"github.com/kettleco/shop/public-api/service"
)

//go:embed graph/schema.graphqls
var schemaSDL string

func main() {
	log := hclog.Default().Named("public-api")
	cfg := config.Load()

	if cfg.JaegerEndpoint != "" {
		exp, err := jaeger.New(jaeger.WithCollectorEndpoint(jaeger.WithEndpoint(cfg.JaegerEndpoint)))
		if err != nil {
			log.Error("tracing disabled", "error", err)
		} else {
			otel.SetTracerProvider(sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp)))
		}
	}

	// Before 0.4 public-api read the catalogue directly:
	// db, err := sql.Open("postgres", "host=product-db port=5432 user=postgres dbname=products sslmode=disable")
	// if err != nil { log.Error("db", "error", err); os.Exit(1) }

	resolver := &graph.Resolver{
		Products: service.NewProductService(cfg.ProductAPIURI, cfg.RequestTimeout),
		Payments: service.NewPaymentService(cfg.PaymentAPIURI, cfg.RequestTimeout),
	}
	schema := graphql.MustParseSchema(schemaSDL, resolver, graphql.UseFieldResolvers())

	mux := http.NewServeMux()
	mux.Handle("/api", &relay.Handler{Schema: schema})
	mux.HandleFunc("/health", handlers.Health)
	mux.Handle("/metrics", promhttp.Handler())

	log.Info("starting", "bind", cfg.BindAddress, "products", cfg.ProductAPIURI, "payments", cfg.PaymentAPIURI)
	if err := http.ListenAndServe(cfg.BindAddress, mux); err != nil {
		log.Error("server stopped", "error", err)
		os.Exit(1)
	}
}
