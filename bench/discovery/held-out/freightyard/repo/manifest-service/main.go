package main

import (
	"context"
	"log"
	"os"

	pb "github.com/freightyard/manifest-service/proto/manifest"
	fleetProto "github.com/freightyard/fleet-service/proto/fleet"
	"github.com/micro/go-micro/v2"
	"github.com/micro/go-micro/v2/service/grpc"
	wrapperTrace "github.com/micro/go-plugins/wrapper/trace/opentracing/v2"
	"github.com/opentracing/opentracing-go"
	jaegercfg "github.com/uber/jaeger-client-go/config"
)

const (
	defaultHost = "mongodb://localhost:27017"
)

func initTracer() {
	// Reads JAEGER_AGENT_HOST / JAEGER_SAMPLER_* from the environment.
	cfg, err := jaegercfg.FromEnv()
	if err != nil {
		log.Println("tracing disabled:", err)
		return
	}
	cfg.ServiceName = "freightyard.manifest"
	tracer, _, err := cfg.NewTracer()
	if err != nil {
		log.Println("tracing disabled:", err)
		return
	}
	opentracing.SetGlobalTracer(tracer)
}

func main() {
	initTracer()

	// Registry comes from MICRO_REGISTRY (mdns when unset, kubernetes in the cluster).
	service := grpc.NewService(
		micro.Name("freightyard.manifest"),
		micro.Version("latest"),
		micro.WrapHandler(AuthWrapper),
		micro.WrapHandler(wrapperTrace.NewHandlerWrapper(opentracing.GlobalTracer())),
		micro.WrapClient(wrapperTrace.NewClientWrapper(opentracing.GlobalTracer())),
	)

	service.Init()

	uri := os.Getenv("DB_HOST")
	if uri == "" {
		uri = defaultHost
	}

	client, err := CreateClient(context.Background(), uri, 0)
	if err != nil {
		log.Panic(err)
	}
	defer client.Disconnect(context.Background())

	manifestCollection := client.Database("freightyard").Collection("manifests")

	repository := &MongoRepository{manifestCollection}
	fleetClient := fleetProto.NewFleetService("freightyard.fleet", service.Client())
	h := &handler{repository, fleetClient}

	// Register handlers
	pb.RegisterManifestServiceHandler(service.Server(), h)

	// Run the server
	if err := service.Run(); err != nil {
		log.Println(err)
	}
}
