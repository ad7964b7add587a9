package metrics

import (
	"log"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// New serves the default registry on :8888/metrics for Prometheus scraping.
func New(serviceName string, collectors ...prometheus.Collector) {
	registry := prometheus.NewRegistry()
	registry.MustRegister(collectors...)
	go func() {
		http.Handle("/metrics", promhttp.HandlerFor(registry, promhttp.HandlerOpts{}))
		if err := http.ListenAndServe(":8888", nil); err != nil {
			log.Printf("%s: metrics server: %v", serviceName, err)
		}
	}()
}
