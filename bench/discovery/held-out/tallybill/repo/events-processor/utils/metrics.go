package utils

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

var EventsProcessed = promauto.NewCounterVec(prometheus.CounterOpts{
	Name: "tallybill_events_processed_total",
	Help: "Number of events processed by the events-processor",
}, []string{"status"})

func ServeMetrics(addr string) {
	http.Handle("/metrics", promhttp.Handler())
	_ = http.ListenAndServe(addr, nil)
}
