package main

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/rs/zerolog/log"
	"github.com/urfave/cli/v2"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/keepalive"

	"go.woodpecker-ci.org/woodpecker/v2/agent"
	agentRpc "go.woodpecker-ci.org/woodpecker/v2/agent/rpc"
	"go.woodpecker-ci.org/woodpecker/v2/pipeline/backend"
	"go.woodpecker-ci.org/woodpecker/v2/pipeline/backend/docker"
	"go.woodpecker-ci.org/woodpecker/v2/pipeline/backend/kubernetes"
	"go.woodpecker-ci.org/woodpecker/v2/pipeline/backend/local"
	backendTypes "go.woodpecker-ci.org/woodpecker/v2/pipeline/backend/types"
)

func runWithRetry(c *cli.Context) error {
	var err error
	for i := 0; i < c.Int("connect-retry-count"); i++ {
		if err = run(c); err == nil {
			return nil
		}
		log.Warn().Err(err).Msg("cannot connect to server, retrying")
		time.Sleep(c.Duration("connect-retry-delay"))
	}
	return err
}

func run(c *cli.Context) error {
	ctx := c.Context
	if c.Bool("healthcheck") {
		go func() {
			http.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })
			_ = http.ListenAndServe(c.String("healthcheck-addr"), nil)
		}()
	}

	// connect to the server over grpc (WOODPECKER_SERVER, default localhost:9000)
	authConn, err := grpc.Dial(c.String("server"),
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithKeepaliveParams(keepalive.ClientParameters{Time: c.Duration("grpc-keepalive-time")}),
	)
	if err != nil {
		return err
	}
	defer authConn.Close()

	authClient := agentRpc.NewAuthGrpcClient(authConn, c.String("grpc-token"), -1)
	authInterceptor, err := agentRpc.NewAuthInterceptor(ctx, authClient, 30*time.Minute)
	if err != nil {
		return err
	}

	conn, err := grpc.Dial(c.String("server"),
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithUnaryInterceptor(authInterceptor.Unary()),
		grpc.WithStreamInterceptor(authInterceptor.Stream()),
	)
	if err != nil {
		return err
	}
	defer conn.Close()
	client := agentRpc.NewGrpcClient(conn)

	engine, err := selectBackend(ctx, c.String("backend-engine"))
	if err != nil {
		return err
	}
	info, err := engine.Load(ctx)
	if err != nil {
		return err
	}

	agentID, err := client.RegisterAgent(ctx, info.Platform, engine.Name(), "next", int32(c.Int("max-workflows")))
	if err != nil {
		return err
	}
	log.Info().Msgf("registered as agent %d", agentID)

	r := agent.NewRunner(client, c.StringSlice("labels"), c.String("hostname"), engine)
	for i := 0; i < c.Int("max-workflows"); i++ {
		go func() {
			for ctx.Err() == nil {
				if err := r.Run(ctx); err != nil {
					log.Error().Err(err).Msg("pipeline done with error")
				}
			}
		}()
	}
	<-ctx.Done()
	return nil
}

func selectBackend(ctx context.Context, name string) (backendTypes.Backend, error) {
	engines := []backendTypes.Backend{docker.New(), local.New(), kubernetes.New(ctx)}
	return backend.FindBackend(ctx, engines, name)
}

func pinger(c *cli.Context) error {
	resp, err := http.Get("http://localhost" + c.String("healthcheck-addr") + "/healthz")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return errors.New("agent returned non-200 status code")
	}
	return nil
}
