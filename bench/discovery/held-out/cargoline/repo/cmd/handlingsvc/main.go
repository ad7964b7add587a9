// Command handlingsvc runs the handling service: it accepts handling
// incident reports, stores them and announces them on the event broker.
package main

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	kitprometheus "github.com/go-kit/kit/metrics/prometheus"
	"github.com/go-kit/log"
	stdprometheus "github.com/prometheus/client_golang/prometheus"

	"github.com/cargoline/cargoline/cargo"
	"github.com/cargoline/cargoline/handling"
	"github.com/cargoline/cargoline/inmem"
	"github.com/cargoline/cargoline/internal/env"
	"github.com/cargoline/cargoline/location"
	"github.com/cargoline/cargoline/messaging"
	"github.com/cargoline/cargoline/messaging/amqp"
	natsbus "github.com/cargoline/cargoline/messaging/nats"
	"github.com/cargoline/cargoline/mongo"
	"github.com/cargoline/cargoline/server"
)

func main() {
	var (
		httpAddr   = flag.String("http.addr", ":"+env.String("PORT", "8081"), "HTTP listen address")
		bookingURL = flag.String("service.booking", env.String("BOOKINGSERVICE_URL", "http://localhost:8080"), "booking API base URL used to validate tracking ids")
		mongoDBURL = flag.String("db.url", env.String("MONGODB_URL", "mongodb://127.0.0.1:27017"), "MongoDB URL")
		dbName     = flag.String("db.name", env.String("DB_NAME", "cargoline_handling"), "MongoDB database name")
		brokerURL  = flag.String("broker.url", env.String("NATS_URL", "nats://127.0.0.1:4222"), "event broker URL (nats:// or amqp://)")
		broker     = flag.String("broker", env.String("EVENT_BROKER", "nats"), "event broker: nats, amqp or none")
		timeout    = flag.Duration("booking.timeout", env.Duration("BOOKING_TIMEOUT", 3*time.Second), "timeout for booking lookups")
		inmemory   = flag.Bool("inmem", env.Bool("INMEM", false), "use in-memory repositories and skip booking validation")

		ctx = context.Background()
	)
	flag.Parse()

	var logger log.Logger
	logger = log.NewLogfmtLogger(log.NewSyncWriter(os.Stderr))
	logger = log.With(logger, "ts", log.DefaultTimestampUTC, "svc", "handling")

	var (
		events    cargo.HandlingEventRepository
		locations location.Repository
		checker   handling.CargoChecker
		voyages   = inmem.NewVoyageRepository()
	)

	if *inmemory {
		events = inmem.NewHandlingEventRepository()
		locations = inmem.NewLocationRepository()
		checker = handling.AlwaysExists{}
	} else {
		client, err := mongo.Dial(ctx, *mongoDBURL)
		if err != nil {
			logger.Log("err", err)
			os.Exit(1)
		}
		defer client.Disconnect(ctx)

		db := client.Database(*dbName)
		events = mongo.NewHandlingEventRepository(db, "handling_event")
		locations, err = mongo.NewLocationRepository(db)
		if err != nil {
			logger.Log("err", err)
			os.Exit(1)
		}
		checker = handling.NewBookingClient(*bookingURL, *timeout)
	}

	var publisher handling.EventPublisher
	switch *broker {
	case "nats":
		nc, err := natsbus.Connect(*brokerURL, "handling", logger)
		if err != nil {
			logger.Log("err", err)
			os.Exit(1)
		}
		defer nc.Drain()
		publisher = natsbus.NewPublisher(nc)
	case "amqp":
		b, err := amqp.Dial(*brokerURL)
		if err != nil {
			logger.Log("err", err)
			os.Exit(1)
		}
		defer b.Close()
		publisher = b
	case "none":
		publisher = messaging.Discard{}
	default:
		logger.Log("err", fmt.Sprintf("unknown broker %q", *broker))
		os.Exit(1)
	}

	fieldKeys := []string{"method"}

	var hs handling.Service
	hs = handling.NewService(events, locations, voyages, checker, publisher)
	hs = handling.NewLoggingService(log.With(logger, "component", "handling"), hs)
	hs = handling.NewInstrumentingService(
		kitprometheus.NewCounterFrom(stdprometheus.CounterOpts{
			Namespace: "api",
			Subsystem: "handling_service",
			Name:      "request_count",
			Help:      "Number of requests received.",
		}, fieldKeys),
		kitprometheus.NewSummaryFrom(stdprometheus.SummaryOpts{
			Namespace: "api",
			Subsystem: "handling_service",
			Name:      "request_latency_microseconds",
			Help:      "Total duration of requests in microseconds.",
		}, fieldKeys),
		hs,
	)

	httpLogger := log.With(logger, "component", "http")
	srv := server.New(httpLogger)
	srv.Mount("/handling/v1/", handling.MakeHandler(hs, httpLogger))

	errs := make(chan error, 2)
	go func() {
		logger.Log("transport", "http", "address", *httpAddr, "booking", *bookingURL, "broker", *broker, "msg", "listening")
		errs <- http.ListenAndServe(*httpAddr, srv)
	}()
	go func() {
		c := make(chan os.Signal, 1)
		signal.Notify(c, syscall.SIGINT, syscall.SIGTERM)
		errs <- fmt.Errorf("%s", <-c)
	}()

	logger.Log("terminated", <-errs)
}
