package main

import (
	"context"
	"errors"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/rs/zerolog/log"
	"github.com/urfave/cli/v2"
	"golang.org/x/sync/errgroup"
	"google.golang.org/grpc"
	"google.golang.org/grpc/keepalive"

	"go.woodpecker-ci.org/woodpecker/v2/pipeline/rpc/proto"
	woodpeckerGrpcServer "go.woodpecker-ci.org/woodpecker/v2/server/grpc"
	"go.woodpecker-ci.org/woodpecker/v2/server/metrics"
	"go.woodpecker-ci.org/woodpecker/v2/server/router"
)

func run(c *cli.Context) error {
	if c.String("server-host") == "" {
		return errors.New("WOODPECKER_HOST is not properly configured")
	}

	_store, err := setupStore(c)
	if err != nil {
		return err
	}
	defer _store.Close()

	_forge, err := setupForge(c)
	if err != nil {
		return err
	}

	g, ctx := errgroup.WithContext(c.Context)

	// gRPC server for agents
	g.Go(func() error {
		lis, err := net.Listen("tcp", c.String("grpc-addr"))
		if err != nil {
			return err
		}
		jwtSecret := c.String("grpc-secret")
		auth := woodpeckerGrpcServer.NewAuthorizer(jwtSecret)
		grpcServer := grpc.NewServer(
			grpc.StreamInterceptor(auth.StreamInterceptor),
			grpc.UnaryInterceptor(auth.UnaryInterceptor),
			grpc.KeepaliveEnforcementPolicy(keepalive.EnforcementPolicy{MinTime: c.Duration("keepalive-min-time")}),
		)
		proto.RegisterWoodpeckerServer(grpcServer, woodpeckerGrpcServer.NewWoodpeckerServer(_store, _forge))
		proto.RegisterWoodpeckerAuthServer(grpcServer, woodpeckerGrpcServer.NewWoodpeckerAuthServer(c.String("agent-secret"), jwtSecret, _store))
		log.Info().Msgf("starting grpc server on %s", c.String("grpc-addr"))
		return grpcServer.Serve(lis)
	})

	handler := router.Load(_store, _forge, c.String("prometheus-auth-token"), c.String("www-proxy"))

	g.Go(func() error {
		srv := &http.Server{Addr: c.String("server-addr"), Handler: handler, ReadHeaderTimeout: 10 * time.Second}
		go func() { <-ctx.Done(); _ = srv.Shutdown(context.Background()) }()
		log.Info().Msgf("starting http server on %s", c.String("server-addr"))
		return srv.ListenAndServe()
	})

	if addr := c.String("metrics-server-addr"); addr != "" {
		g.Go(func() error {
			mux := http.NewServeMux()
			mux.Handle("/metrics", promhttp.Handler())
			return http.ListenAndServe(addr, mux)
		})
	}

	metrics.StartCollector(ctx, _store)
	return g.Wait()
}

func pinger(c *cli.Context) error {
	resp, err := http.Get("http://localhost" + c.String("server-addr") + "/healthz")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return errors.New("server returned non-200 status code")
	}
	return nil
}
