package main

import (
	"context"
	"log"
	"os"

	pb "github.com/freightyard/fleet-service/proto/fleet"
	"github.com/micro/go-micro/v2"
	"github.com/micro/go-micro/v2/service/grpc"
)

func main() {
	service := grpc.NewService(
		micro.Name("freightyard.fleet"),
	)

	service.Init()

	uri := os.Getenv("DB_HOST")
	if uri == "" {
		// dev default, overridden in compose and k8s
		uri = "mongodb://localhost:27017"
	}

	client, err := CreateClient(context.Background(), uri, 0)
	if err != nil {
		log.Panic(err)
	}
	defer client.Disconnect(context.Background())

	vesselCollection := client.Database("freightyard").Collection("vessels")
	repository := &MongoRepository{vesselCollection}

	h := &handler{repository}

	// Register our implementation with
	if err := pb.RegisterFleetServiceHandler(service.Server(), h); err != nil {
		log.Panic(err)
	}

	if err := service.Run(); err != nil {
		log.Panic(err)
	}
}
