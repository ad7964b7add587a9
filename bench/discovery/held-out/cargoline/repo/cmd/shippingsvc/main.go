// Command shippingsvc runs the booking and tracking services.
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

	"github.com/cargoline/cargoline/booking"
	"github.com/cargoline/cargoline/cargo"
	"github.com/cargoline/cargoline/inmem"
	"github.com/cargoline/cargoline/inspection"
	"github.com/cargoline/cargoline/location"
	"github.com/cargoline/cargoline/messaging/amqp"
	natsbus "github.com/cargoline/cargoline/messaging/nats"
	"github.com/cargoline/cargoline/mongo"
	"github.com/cargoline/cargoline/routing"
	"github.com/cargoline/cargoline/server"
	"github.com/cargoline/cargoline/shipping"
	"github.com/cargoline/cargoline/tracking"
)

const (
	defaultPort              = "8080"
	defaultRoutingServiceURL = "http://localhost:7878"
	defaultMongoDBURL        = "mongodb://127.0.0.1:27017"
	defaultDBName            = "cargoline"
	defaultNATSURL           = "nats://127.0.0.1:4222"
)

func main() {
	var (
		addr   = envString("PORT", defaultPort)
		rsurl  = envString("ROUTINGSERVICE_URL", defaultRoutingServiceURL)
		dburl  = envString("MONGODB_URL", defaultMongoDBURL)
		dbname = envString("DB_NAME", defaultDBName)
		busurl = envString("NATS_URL", defaultNATSURL)
		broker = envString("EVENT_BROKER", "nats")
		hook   = envString("MISDIRECTION_WEBHOOK_URL", "")

		httpAddr          = flag.String("http.addr", ":"+addr, "HTTP listen address")
		routingServiceURL = flag.String("service.routing", rsurl, "routing service URL")
		mongoDBURL        = flag.String("db.url", dburl, "MongoDB URL")
		databaseName      = flag.String("db.name", dbname, "MongoDB database name")
		eventBrokerURL    = flag.String("broker.url", busurl, "event broker URL (nats:// or amqp://)")
		eventBroker       = flag.String("broker", broker, "event broker: nats, amqp or none")
		inmemory          = flag.Bool("inmem", false, "use in-memory repositories")

		ctx = context.Background()
	)

	flag.Parse()

	var logger log.Logger
	logger = log.NewLogfmtLogger(log.NewSyncWriter(os.Stderr))
	logger = log.With(logger, "ts", log.DefaultTimestampUTC, "svc", "shipping")

	// Setup repositories
	var (
		cargos         cargo.Repository
		locations      location.Repository
		handlingEvents cargo.HandlingEventRepository
	)

	if *inmemory {
		cargos = inmem.NewCargoRepository()
		locations = inmem.NewLocationRepository()
		handlingEvents = inmem.NewHandlingEventRepository()
	} else {
		client, err := mongo.Dial(ctx, *mongoDBURL)
		if err != nil {
			logger.Log("err", err)
			os.Exit(1)
		}
		defer client.Disconnect(ctx)

		db := client.Database(*databaseName)

		cargos, err = mongo.NewCargoRepository(db)
		if err != nil {
			logger.Log("err", err)
			os.Exit(1)
		}
		locations, err = mongo.NewLocationRepository(db)
		if err != nil {
			logger.Log("err", err)
			os.Exit(1)
		}
		handlingEvents = mongo.NewHandlingEventRepository(db, "handling_history")
	}

	// Facilitate testing by adding some cargos.
	storeTestData(cargos)

	fieldKeys := []string{"method"}

	var rs routing.Service
	rs = routing.NewProxyingMiddleware(ctx, *routingServiceURL)(rs)

	var bs booking.Service
	bs = booking.NewService(cargos, locations, handlingEvents, rs)
	bs = booking.NewLoggingService(log.With(logger, "component", "booking"), bs)
	bs = booking.NewInstrumentingService(
		kitprometheus.NewCounterFrom(stdprometheus.CounterOpts{
			Namespace: "api",
			Subsystem: "booking_service",
			Name:      "request_count",
			Help:      "Number of requests received.",
		}, fieldKeys),
		kitprometheus.NewSummaryFrom(stdprometheus.SummaryOpts{
			Namespace: "api",
			Subsystem: "booking_service",
			Name:      "request_latency_microseconds",
			Help:      "Total duration of requests in microseconds.",
		}, fieldKeys),
		bs,
	)

	var ts tracking.Service
	ts = tracking.NewService(cargos, handlingEvents)
	ts = tracking.NewLoggingService(log.With(logger, "component", "tracking"), ts)
	ts = tracking.NewInstrumentingService(
		kitprometheus.NewCounterFrom(stdprometheus.CounterOpts{
			Namespace: "api",
			Subsystem: "tracking_service",
			Name:      "request_count",
			Help:      "Number of requests received.",
		}, fieldKeys),
		kitprometheus.NewSummaryFrom(stdprometheus.SummaryOpts{
			Namespace: "api",
			Subsystem: "tracking_service",
			Name:      "request_latency_microseconds",
			Help:      "Total duration of requests in microseconds.",
		}, fieldKeys),
		ts,
	)

	// Handling events arrive from the handling service over the broker.
	inspector := inspection.NewService(cargos, handlingEvents, inspection.NewWebhookNotifier(hook))
	consumer := shipping.NewEventConsumer(handlingEvents, inspector, log.With(logger, "component", "events"))

	switch *eventBroker {
	case "nats":
		nc, err := natsbus.Connect(*eventBrokerURL, "shipping", logger)
		if err != nil {
			logger.Log("err", err)
			os.Exit(1)
		}
		defer nc.Drain()
		if _, err := natsbus.Subscribe(nc, "shipping", consumer.Handle, logger); err != nil {
			logger.Log("err", err)
			os.Exit(1)
		}
	case "amqp":
		b, err := amqp.Dial(*eventBrokerURL)
		if err != nil {
			logger.Log("err", err)
			os.Exit(1)
		}
		defer b.Close()
		if err := b.Consume("shipping.handling", consumer.Handle, logger); err != nil {
			logger.Log("err", err)
			os.Exit(1)
		}
	case "none":
		logger.Log("broker", "none", "msg", "handling events will not be received")
	default:
		logger.Log("err", fmt.Sprintf("unknown broker %q", *eventBroker))
		os.Exit(1)
	}

	httpLogger := log.With(logger, "component", "http")

	srv := server.New(httpLogger)
	srv.Mount("/booking/v1/", booking.MakeHandler(bs, httpLogger))
	srv.Mount("/tracking/v1/", tracking.MakeHandler(ts, httpLogger))

	errs := make(chan error, 2)
	go func() {
		logger.Log("transport", "http", "address", *httpAddr, "routing", *routingServiceURL, "msg", "listening")
		errs <- http.ListenAndServe(*httpAddr, srv)
	}()
	go func() {
		c := make(chan os.Signal, 1)
		signal.Notify(c, syscall.SIGINT, syscall.SIGTERM)
		errs <- fmt.Errorf("%s", <-c)
	}()

	logger.Log("terminated", <-errs)
}

func envString(env, fallback string) string {
	e := os.Getenv(env)
	if e == "" {
		return fallback
	}
	return e
}

func storeTestData(r cargo.Repository) {
	test1 := cargo.New("FTL456", cargo.RouteSpecification{
		Origin:          location.AUMEL,
		Destination:     location.SESTO,
		ArrivalDeadline: time.Now().AddDate(0, 0, 7),
	})
	if err := r.Store(test1); err != nil {
		panic(err)
	}

	test2 := cargo.New("ABC123", cargo.RouteSpecification{
		Origin:          location.SESTO,
		Destination:     location.CNHKG,
		ArrivalDeadline: time.Now().AddDate(0, 0, 14),
	})
	if err := r.Store(test2); err != nil {
		panic(err)
	}
}
