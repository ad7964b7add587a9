package main

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"time"

	"github.com/gorilla/mux"
	"github.com/nats-io/nats.go"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/funcforge/funcforge/gateway/handlers"
	"github.com/funcforge/funcforge/gateway/metrics"
	"github.com/funcforge/funcforge/gateway/tracing"
	"github.com/funcforge/funcforge/gateway/types"
)

var version = "dev"

func main() {
	cfg, err := types.ReadConfig()
	if err != nil {
		log.Fatalf("config: %s", err)
	}
	log.Printf("Funcforge gateway %s, provider: %s", version, cfg.FunctionsProviderURL)

	shutdown := tracing.Setup(context.Background(), "funcforge-gateway")
	defer shutdown()

	store := metrics.NewStore()
	transport := handlers.NewProxyTransport(cfg.UpstreamTimeout, cfg.MaxIdleConns)
	proxy := handlers.NewProviderProxy(cfg.FunctionsProviderURL, transport, cfg.UpstreamTimeout, store)

	var credentials *handlers.BasicAuthCredentials
	if cfg.UseBasicAuth {
		credentials, err = handlers.ReadBasicAuthFromDisk(cfg.SecretMountPath)
		if err != nil {
			log.Fatalf("unable to read basic auth secret: %s", err)
		}
	}

	// Either a remote auth plugin (Helm install) or in-process basic auth (forged).
	authWrap := func(next http.HandlerFunc) http.HandlerFunc { return next }
	if cfg.AuthProxyURL != "" {
		authWrap = func(next http.HandlerFunc) http.HandlerFunc {
			return handlers.MakeExternalAuthHandler(next, cfg.UpstreamTimeout, cfg.AuthProxyURL, cfg.AuthProxyPassBody)
		}
	} else if credentials != nil {
		authWrap = func(next http.HandlerFunc) http.HandlerFunc {
			return handlers.DecorateWithBasicAuth(next, credentials)
		}
	}

	exporter := metrics.NewExporter(store, cfg.PrometheusHost, cfg.PrometheusPort)
	exporter.StartServiceWatcher(cfg.FunctionsProviderURL.String(), 5*time.Second)

	r := mux.NewRouter()
	r.HandleFunc("/function/{name:[-a-zA-Z_0-9.]+}", proxy.Invoke)
	r.HandleFunc("/function/{name:[-a-zA-Z_0-9.]+}/", proxy.Invoke)
	r.HandleFunc("/function/{name:[-a-zA-Z_0-9.]+}/{params:.*}", proxy.Invoke)

	if cfg.UseNATS() {
		nc, err := nats.Connect(fmt.Sprintf("nats://%s:%d", cfg.NATSAddress, cfg.NATSPort),
			nats.Name("funcforge-gateway"), nats.MaxReconnects(-1))
		if err != nil {
			log.Fatalf("nats connect: %s", err)
		}
		defer nc.Drain()
		queue, err := handlers.NewJetStreamQueue(nc, cfg.NATSStream, cfg.NATSSubject)
		if err != nil {
			log.Fatalf("jetstream: %s", err)
		}
		r.HandleFunc("/async-function/{name:[-a-zA-Z_0-9.]+}", handlers.MakeQueuedProxy(queue, store))
		r.HandleFunc("/async-function/{name:[-a-zA-Z_0-9.]+}/{params:.*}", handlers.MakeQueuedProxy(queue, store))
	}

	scaler := handlers.NewProviderScaler(cfg.FunctionsProviderURL, transport, credentials)
	r.HandleFunc("/system/alert", authWrap(handlers.MakeAlertHandler(scaler))).Methods(http.MethodPost)
	r.HandleFunc("/system/functions", authWrap(handlers.MakeFunctionListHandler(proxy, exporter))).Methods(http.MethodGet)
	r.HandleFunc("/system/functions", authWrap(proxy.System)).Methods(http.MethodPost, http.MethodPut, http.MethodDelete)
	r.HandleFunc("/system/function/{name}", authWrap(proxy.System)).Methods(http.MethodGet)
	r.HandleFunc("/system/scale-function/{name}", authWrap(proxy.System)).Methods(http.MethodPost)
	r.HandleFunc("/system/secrets", authWrap(proxy.System))
	r.HandleFunc("/system/namespaces", authWrap(proxy.System)).Methods(http.MethodGet)
	r.HandleFunc("/system/info", authWrap(handlers.MakeInfoHandler(proxy, version))).Methods(http.MethodGet)
	r.HandleFunc("/healthz", handlers.HealthzHandler).Methods(http.MethodGet)

	go func() {
		metricsMux := http.NewServeMux()
		metricsMux.Handle("/metrics", promhttp.Handler())
		log.Fatal(http.ListenAndServe(":8082", metricsMux))
	}()

	srv := &http.Server{
		Addr:           ":8080",
		Handler:        r,
		ReadTimeout:    cfg.ReadTimeout,
		WriteTimeout:   cfg.WriteTimeout,
		MaxHeaderBytes: 1 << 20,
	}
	log.Fatal(srv.ListenAndServe())
}
