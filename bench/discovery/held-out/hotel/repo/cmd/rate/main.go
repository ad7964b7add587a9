package main

import (
	"encoding/json"
	"flag"
	"io"
	"os"
	"strconv"

	"github.com/harborlight/hotelres/registry"
	"github.com/harborlight/hotelres/services/rate"
	"github.com/harborlight/hotelres/tracing"
	"github.com/harborlight/hotelres/tune"
	"github.com/rs/zerolog"
	"github.com/rs/zerolog/log"
)

func main() {
	tune.Init()
	log.Logger = zerolog.New(zerolog.ConsoleWriter{Out: os.Stdout}).With().Timestamp().Caller().Logger()

	jsonFile, err := os.Open("config.json")
	if err != nil {
		log.Error().Msgf("Got error while reading config: %v", err)
	}
	defer jsonFile.Close()
	byteValue, _ := io.ReadAll(jsonFile)
	var result map[string]string
	json.Unmarshal(byteValue, &result)

	log.Info().Msgf("Read database URL: %v", result["RateMongoAddress"])
	mongoClient, mongoClose := initializeDatabase(result["RateMongoAddress"])
	defer mongoClose()

	servPort, _ := strconv.Atoi(result["RatePort"])
	servIP := os.Getenv("POD_IP")
	var (
		jaegeraddr = flag.String("jaegeraddr", result["jaegerAddress"], "Jaeger address")
		consuladdr = flag.String("consuladdr", result["consulAddress"], "Consul address")
	)
	flag.Parse()

	log.Info().Msgf("Read rate memcashed address: %v", result["RateMemcAddress"])
	// memcClient := memcache.New("localhost:11211") // single-node dev setup, pre-2023
	memcClient := tune.NewMemCClient2(result["RateMemcAddress"])

	tracer, err := tracing.Init("rate", *jaegeraddr)
	if err != nil {
		log.Panic().Msgf("Got error while initializing jaeger agent: %v", err)
	}
	registry, err := registry.NewClient(*consuladdr)
	if err != nil {
		log.Panic().Msgf("Got error while initializing consul agent: %v", err)
	}

	srv := &rate.Server{
		Tracer:      tracer,
		Registry:    registry,
		Port:        servPort,
		IpAddr:      servIP,
		MongoClient: mongoClient,
		MemcClient:  memcClient,
	}
	log.Info().Msg("Starting server...")
	log.Fatal().Msg(srv.Run().Error())
}
