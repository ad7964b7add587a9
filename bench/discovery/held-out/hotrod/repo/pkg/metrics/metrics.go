// Package metrics exposes Prometheus metrics on a separate listener.
package metrics

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.uber.org/zap"
)

var (
	// RequestsTotal counts handled requests per service and endpoint.
	RequestsTotal = promauto.NewCounterVec(prometheus.CounterOpts{
		Namespace: "quickcab",
		Name:      "requests_total",
		Help:      "Requests handled, by service and endpoint.",
	}, []string{"service", "endpoint", "code"})

	// RequestLatency tracks handler latency.
	RequestLatency = promauto.NewHistogramVec(prometheus.HistogramOpts{
		Namespace: "quickcab",
		Name:      "request_duration_seconds",
		Help:      "Handler latency.",
		Buckets:   prometheus.DefBuckets,
	}, []string{"service", "endpoint"})

	// DispatchETA records the ETA of the dispatched car.
	DispatchETA = promauto.NewHistogram(prometheus.HistogramOpts{
		Namespace: "quickcab",
		Name:      "dispatch_eta_seconds",
		Help:      "ETA of the car chosen by the frontend.",
		Buckets:   []float64{30, 60, 120, 300, 600, 1200},
	})
)

// Serve starts the /metrics listener in the background. Prometheus scrapes it;
// nothing in QuickCab pushes metrics anywhere.
func Serve(addr string, logger *zap.Logger) {
	if addr == "" {
		return
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.Handler())
	go func() {
		if err := http.ListenAndServe(addr, mux); err != nil {
			logger.Sugar().Warnf("metrics listener stopped: %v", err)
		}
	}()
}
