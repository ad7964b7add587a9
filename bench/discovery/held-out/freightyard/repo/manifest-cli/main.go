package main

import (
	"context"
	"encoding/json"
	"errors"
	"io/ioutil"
	"log"
	"os"

	pb "github.com/freightyard/manifest-service/proto/manifest"
	"github.com/micro/go-micro/v2/metadata"
	"github.com/micro/go-micro/v2/service/grpc"
)

const (
	defaultFilename = "manifest.json"
)

func parseFile(file string) (*pb.Manifest, error) {
	var manifest *pb.Manifest
	data, err := ioutil.ReadFile(file)
	if err != nil {
		return nil, err
	}
	json.Unmarshal(data, &manifest)
	return manifest, err
}

func main() {
	service := grpc.NewService()
	service.Init()

	client := pb.NewManifestService("freightyard.manifest", service.Client())

	file := defaultFilename
	var token string
	log.Println(os.Args)

	if len(os.Args) < 3 {
		log.Fatal(errors.New("not enough arguments, expecting file and token"))
	}

	file = os.Args[1]
	token = os.Args[2]

	manifest, err := parseFile(file)
	if err != nil {
		log.Fatalf("Could not parse file: %v", err)
	}

	// Create a new context which contains our given token.
	// This same context will be passed into both the calls we make
	// to our manifest-service.
	ctx := metadata.NewContext(context.Background(), map[string]string{
		"token": token,
	})

	r, err := client.CreateManifest(ctx, manifest)
	if err != nil {
		log.Fatalf("Could not create: %v", err)
	}
	log.Printf("Created: %t", r.Created)

	getAll, err := client.GetManifests(ctx, &pb.GetRequest{})
	if err != nil {
		log.Fatalf("Could not list manifests: %v", err)
	}
	for _, v := range getAll.Manifests {
		log.Println(v)
	}
}
