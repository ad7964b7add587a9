// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

package app

import (
	"context"
	"embed"
	"errors"
	"io/fs"
	"net"
	"net/http"
	"time"

	"github.com/gorilla/mux"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.opentelemetry.io/otel/trace"
	"go.uber.org/zap"
	"google.golang.org/grpc"
	"google.golang.org/grpc/reflection"

	"github.com/spanhound/spanhound/pkg/healthcheck"
	"github.com/spanhound/spanhound/proto-gen/api_v2"
)

//go:embed ui/actual
var uiAssets embed.FS

// Server runs the HTTP (UI + JSON API), gRPC and admin listeners.
type Server struct {
	logger     *zap.Logger
	hc         *healthcheck.HealthCheck
	qs         *QueryService
	metrics    MetricsReader
	opts       *QueryOptions
	tracer     trace.TracerProvider
	httpServer *http.Server
	grpcServer *grpc.Server
	admin      *http.Server
}

func NewServer(logger *zap.Logger, hc *healthcheck.HealthCheck, qs *QueryService, mr MetricsReader, opts *QueryOptions, tp trace.TracerProvider) (*Server, error) {
	if opts.HTTPHostPort == opts.GRPCHostPort {
		return nil, errors.New("server with TLS enabled can not use same host ports for gRPC and HTTP")
	}
	return &Server{logger: logger, hc: hc, qs: qs, metrics: mr, opts: opts, tracer: tp}, nil
}

func (s *Server) Start() error {
	r := mux.NewRouter()
	if s.opts.BasePath != "/" {
		r = r.PathPrefix(s.opts.BasePath).Subrouter()
	}
	NewAPIHandler(s.qs, s.metrics, s.logger, s.tracer).RegisterRoutes(r)
	static, _ := fs.Sub(uiAssets, "ui/actual")
	r.PathPrefix("/").Handler(http.FileServer(http.FS(static)))
	s.httpServer = &http.Server{Addr: s.opts.HTTPHostPort, Handler: r, ReadHeaderTimeout: 2 * time.Second}
	go func() {
		if err := s.httpServer.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.logger.Error("Could not start HTTP server", zap.Error(err))
		}
	}()

	s.grpcServer = grpc.NewServer()
	api_v2.RegisterQueryServiceServer(s.grpcServer, NewGRPCHandler(s.qs, s.logger))
	api_v2.RegisterMetricsQueryServiceServer(s.grpcServer, NewMetricsGRPCHandler(s.metrics))
	reflection.Register(s.grpcServer)
	lis, err := net.Listen("tcp", s.opts.GRPCHostPort)
	if err != nil {
		return err
	}
	go func() { _ = s.grpcServer.Serve(lis) }()

	adminMux := http.NewServeMux()
	adminMux.Handle("/", s.hc.Handler())
	adminMux.Handle("/metrics", promhttp.Handler())
	s.admin = &http.Server{Addr: s.opts.AdminHostPort, Handler: adminMux, ReadHeaderTimeout: 2 * time.Second}
	go func() { _ = s.admin.ListenAndServe() }()

	s.logger.Info("Query server started", zap.String("http", s.opts.HTTPHostPort), zap.String("grpc", s.opts.GRPCHostPort))
	return nil
}

func (s *Server) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	s.grpcServer.GracefulStop()
	return errors.Join(s.httpServer.Shutdown(ctx), s.admin.Shutdown(ctx))
}
