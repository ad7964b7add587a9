// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

package app

import (
	"context"
	"errors"
	"net"
	"net/http"
	"time"

	"github.com/gorilla/mux"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.uber.org/zap"
	"google.golang.org/grpc"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/reflection"

	"github.com/spanhound/spanhound/cmd/collector/app/handler"
	"github.com/spanhound/spanhound/cmd/collector/app/sampling"
	"github.com/spanhound/spanhound/model"
	"github.com/spanhound/spanhound/pkg/healthcheck"
	"github.com/spanhound/spanhound/proto-gen/api_v2"
)

// SpanWriter is the minimal write interface the collector pipeline needs.
type SpanWriter interface {
	WriteSpan(ctx context.Context, span *model.Span) error
}

// CollectorParams are the dependencies of the collector.
type CollectorParams struct {
	ServiceName      string
	Logger           *zap.Logger
	SpanWriter       SpanWriter
	StrategyProvider sampling.StrategyProvider
	HealthCheck      *healthcheck.HealthCheck
}

// Collector runs the receivers and the span processing pipeline.
type Collector struct {
	params     *CollectorParams
	processor  *spanProcessor
	grpcServer *grpc.Server
	httpServer *http.Server
	otlp       *handler.OTLPReceiver
	zipkin     *http.Server
}

func New(p *CollectorParams) *Collector { return &Collector{params: p} }

func (c *Collector) Start(o *Options) error {
	c.processor = newSpanProcessor(c.params.SpanWriter, o.NumWorkers, o.QueueSize, c.params.Logger)

	// gRPC: api_v2.CollectorService (PostSpans) used by spanhound-agent and SDKs,
	// api_v2.SamplingManager used by the agent to fetch strategies.
	c.grpcServer = grpc.NewServer(grpc.MaxRecvMsgSize(4 * 1024 * 1024))
	api_v2.RegisterCollectorServiceServer(c.grpcServer, handler.NewGRPCHandler(c.params.Logger, c.processor))
	api_v2.RegisterSamplingManagerServer(c.grpcServer, sampling.NewGRPCHandler(c.params.StrategyProvider))
	healthpb.RegisterHealthServer(c.grpcServer, health.NewServer())
	reflection.Register(c.grpcServer)
	lis, err := net.Listen("tcp", o.GRPCHostPort)
	if err != nil {
		return err
	}
	go func() {
		if err := c.grpcServer.Serve(lis); err != nil {
			c.params.Logger.Error("gRPC server failed", zap.Error(err))
		}
	}()

	r := mux.NewRouter()
	handler.NewAPIHandler(c.processor).RegisterRoutes(r)
	sampling.NewHTTPHandler(c.params.StrategyProvider).RegisterRoutes(r)
	c.httpServer = &http.Server{Addr: o.HTTPHostPort, Handler: r, ReadHeaderTimeout: 2 * time.Second}
	go func() { _ = c.httpServer.ListenAndServe() }()

	if o.OTLPEnabled {
		c.otlp, err = handler.StartOTLPReceiver(o.OTLPGRPCHostPort, o.OTLPHTTPHostPort, c.processor, c.params.Logger)
		if err != nil {
			return err
		}
	}
	if o.ZipkinHostPort != "" {
		zr := mux.NewRouter()
		handler.NewZipkinSpanHandler(c.processor).RegisterRoutes(zr)
		c.zipkin = &http.Server{Addr: o.ZipkinHostPort, Handler: zr, ReadHeaderTimeout: 2 * time.Second}
		go func() { _ = c.zipkin.ListenAndServe() }()
	}
	c.params.Logger.Info("Collector started",
		zap.String("grpc", o.GRPCHostPort), zap.String("http", o.HTTPHostPort),
		zap.String("otlp.grpc", o.OTLPGRPCHostPort), zap.String("otlp.http", o.OTLPHTTPHostPort))
	return nil
}

func (c *Collector) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	c.grpcServer.GracefulStop()
	var errs []error
	errs = append(errs, c.httpServer.Shutdown(ctx))
	if c.zipkin != nil {
		errs = append(errs, c.zipkin.Shutdown(ctx))
	}
	if c.otlp != nil {
		errs = append(errs, c.otlp.Shutdown(ctx))
	}
	errs = append(errs, c.processor.Close())
	return errors.Join(errs...)
}

// MetricsHandler serves Prometheus metrics on the admin port.
func MetricsHandler() http.Handler { return promhttp.Handler() }
