package main

import (
	"fmt"
	"log"
	"net"
	"net/http"
	"os"

	"contrib.go.opencensus.io/exporter/ocagent"
	"github.com/plumeria-labs/emojivoto/emojivoto-voting-svc/api"
	"github.com/plumeria-labs/emojivoto/emojivoto-voting-svc/voting"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.opencensus.io/plugin/ocgrpc"
	"go.opencensus.io/trace"
	"google.golang.org/grpc"
)

var (
	grpcPort    = os.Getenv("GRPC_PORT")
	promPort    = os.Getenv("PROM_PORT")
	ocagentHost = os.Getenv("OC_AGENT_HOST")
)

func main() {
	if grpcPort == "" {
		log.Fatalf("GRPC_PORT (currently [%s]) environment variable must be set to run the server.", grpcPort)
	}

	oce, err := ocagent.NewExporter(
		ocagent.WithInsecure(),
		ocagent.WithReconnectionPeriod(5),
		ocagent.WithAddress(ocagentHost),
		ocagent.WithServiceName("voting"))
	if err != nil {
		log.Fatalf("Failed to create ocagent-exporter: %v", err)
	}
	trace.RegisterExporter(oce)

	// Votes live in memory only: restarting the pod resets the leaderboard.
	poll := voting.NewPoll()

	lis, err := net.Listen("tcp", fmt.Sprintf(":%s", grpcPort))
	if err != nil {
		panic(err)
	}

	errs := make(chan error, 1)

	if promPort != "" {
		go func() {
			log.Printf("Starting prom metrics on PROM_PORT=[%s]", promPort)
			http.Handle("/metrics", promhttp.Handler())
			errs <- http.ListenAndServe(fmt.Sprintf(":%s", promPort), nil)
		}()
	}

	go func() {
		grpcServer := grpc.NewServer(grpc.StatsHandler(&ocgrpc.ServerHandler{}))
		api.NewGrpServer(grpcServer, poll)
		log.Printf("Starting grpc server on GRPC_PORT=[%s]", grpcPort)
		errs <- grpcServer.Serve(lis)
	}()

	log.Fatal(<-errs)
}
