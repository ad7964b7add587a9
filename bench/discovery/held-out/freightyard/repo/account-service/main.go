package main

import (
	"log"

	pb "github.com/freightyard/account-service/proto/account"
	"github.com/micro/go-micro/v2"
	"github.com/micro/go-micro/v2/service/grpc"
	_ "github.com/micro/go-plugins/broker/nats/v2"
	wrapperTrace "github.com/micro/go-plugins/wrapper/trace/opentracing/v2"
	"github.com/opentracing/opentracing-go"
	jaegercfg "github.com/uber/jaeger-client-go/config"
)

func main() {
	if cfg, err := jaegercfg.FromEnv(); err == nil {
		cfg.ServiceName = "freightyard.account"
		if tracer, _, err := cfg.NewTracer(); err == nil {
			opentracing.SetGlobalTracer(tracer)
		}
	}

	db, err := CreateConnection()
	if err != nil {
		log.Fatalf("Could not connect to DB: %v", err)
	}
	defer db.Close()

	// Automatically migrates the user struct
	// into database columns/types etc.
	db.AutoMigrate(&pb.User{})

	repo := &UserRepository{db}
	tokenService := &TokenService{repo}

	// Broker is picked from MICRO_BROKER / MICRO_BROKER_ADDRESS
	// (nats plugin imported above). Registry from MICRO_REGISTRY.
	srv := grpc.NewService(
		micro.Name("freightyard.account"),
		micro.Version("latest"),
		micro.WrapHandler(wrapperTrace.NewHandlerWrapper(opentracing.GlobalTracer())),
	)

	srv.Init()

	publisher := micro.NewEvent(topic, srv.Client())

	if err := pb.RegisterAccountServiceHandler(srv.Server(), &handler{repo, tokenService, publisher}); err != nil {
		log.Panic(err)
	}

	if err := srv.Run(); err != nil {
		log.Fatal(err)
	}
}
