package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/driftwood-goods/store/catalog/api"
	"github.com/driftwood-goods/store/catalog/config"
	"github.com/driftwood-goods/store/catalog/repository"
	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.opentelemetry.io/contrib/instrumentation/github.com/gin-gonic/gin/otelgin"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

func initTracing(ctx context.Context, cfg *config.AppConfiguration) (func(context.Context) error, error) {
	if cfg.OtelEndpoint == "" {
		return func(context.Context) error { return nil }, nil
	}
	// otlptracegrpc reads OTEL_EXPORTER_OTLP_ENDPOINT itself
	exporter, err := otlptracegrpc.New(ctx)
	if err != nil {
		return nil, err
	}
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exporter))
	otel.SetTracerProvider(tp)
	return tp.Shutdown, nil
}

func main() {
	ctx := context.Background()
	cfg, err := config.Load(ctx)
	if err != nil {
		log.Fatalf("config: %v", err)
	}

	shutdownTracing, err := initTracing(ctx, cfg)
	if err != nil {
		log.Fatalf("tracing: %v", err)
	}

	repo, err := repository.New(cfg.Persistence)
	if err != nil {
		log.Fatalf("repository: %v", err)
	}
	log.Printf("catalog: using %s persistence", cfg.Persistence.Provider)

	r := gin.New()
	r.Use(gin.Recovery(), gin.LoggerWithConfig(gin.LoggerConfig{SkipPaths: []string{"/health", "/metrics"}}))
	r.Use(otelgin.Middleware("catalog"))
	r.GET("/metrics", gin.WrapH(promhttp.Handler()))
	api.New(repo).Register(r)

	srv := &http.Server{Addr: fmt.Sprintf(":%d", cfg.Port), Handler: r, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Fatalf("listen: %v", err)
		}
	}()

	quit := make(chan os.Signal, 1)
	signal.Notify(quit, syscall.SIGINT, syscall.SIGTERM)
	<-quit
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = srv.Shutdown(ctx)
	_ = shutdownTracing(ctx)
}
