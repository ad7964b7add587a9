package main

import (
	"net/http"
	"sync/atomic"

	"github.com/go-kit/log"
	amconfig "github.com/prometheus/alertmanager/config"
)

var current atomic.Pointer[amconfig.Config]

func applyConfig(c *amconfig.Config) { current.Store(c) }

// run starts the upstream API/dispatcher wiring (trimmed here to the
// Tracewell-specific parts; dispatch/notify come from upstream unchanged).
func run(addr, storagePath string, logger log.Logger) error {
	mux := http.NewServeMux()
	mux.HandleFunc("/-/healthy", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })
	mux.HandleFunc("/api/v1/routes/reload", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusAccepted) })
	logger.Log("msg", "listening", "addr", addr, "storage", storagePath)
	return http.ListenAndServe(addr, mux)
}
