// Package metrics exposes a Prometheus /metrics endpoint on a side port so
// that worker services without an HTTP API can still be scraped.
package metrics

import (
	"fmt"
	"log/slog"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

var (
	MessagesConsumed = promauto.NewCounterVec(prometheus.CounterOpts{
		Namespace: "brewline",
		Name:      "messages_consumed_total",
		Help:      "AMQP deliveries handled, by queue and outcome.",
	}, []string{"queue", "outcome"})

	OrdersPlaced = promauto.NewCounter(prometheus.CounterOpts{
		Namespace: "brewline",
		Name:      "orders_placed_total",
		Help:      "Orders accepted by the counter.",
	})
)

// Serve starts the metrics + liveness listener in the background.
func Serve(port int) {
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.Handler())
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write([]byte("ok"))
	})

	go func() {
		addr := fmt.Sprintf(":%d", port)
		slog.Info("metrics listening", "addr", addr)

		if err := http.ListenAndServe(addr, mux); err != nil {
			slog.Error("metrics server stopped", "err", err)
		}
	}()
}
