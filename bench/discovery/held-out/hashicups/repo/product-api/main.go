package main

import (
	"net/http"
	"os"

	"github.com/gorilla/mux"
	"github.com/hashicorp/go-hclog"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/kettleco/shop/product-api/config"
	"github.com/kettleco/shop/product-api/data"
	"github.com/kettleco/shop/product-api/handlers"
)

func main() {
	log := hclog.Default().Named("product-api")

	cfg, err := config.Load()
	if err != nil {
		log.Error("config", "error", err)
		os.Exit(1)
	}

	store, err := data.NewPostgresStore(cfg.DBConnection, cfg.MaxRetries, log)
	if err != nil {
		log.Error("database", "error", err)
		os.Exit(1)
	}

	c := handlers.NewCoffees(store, log)
	r := mux.NewRouter()
	r.HandleFunc("/coffees", c.List).Methods(http.MethodGet)
	r.HandleFunc("/coffees/{id:[0-9]+}", c.Get).Methods(http.MethodGet)
	r.HandleFunc("/coffees/{id:[0-9]+}/ingredients", c.Ingredients).Methods(http.MethodGet)
	r.HandleFunc("/health", handlers.Health(store))

	// Prometheus metrics on their own listener
	go func() {
		m := http.NewServeMux()
		m.Handle("/metrics", promhttp.Handler())
		http.ListenAndServe(cfg.MetricsAddress, m)
	}()

	log.Info("starting", "bind", cfg.BindAddress)
	if err := http.ListenAndServe(cfg.BindAddress, r); err != nil {
		log.Error("server", "error", err)
		os.Exit(1)
	}
}
