package metrics

import (
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Store holds the gateway's Prometheus collectors. Prometheus scrapes them
// from :8082/metrics; the alert rule in the chart uses
// gateway_function_invocation_total.
type Store struct {
	invocations *prometheus.CounterVec
	duration    *prometheus.HistogramVec
	queued      *prometheus.CounterVec
	Replicas    *prometheus.GaugeVec
}

func NewStore() *Store {
	s := &Store{
		invocations: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "gateway_function_invocation_total",
			Help: "Function invocations",
		}, []string{"function_name", "code"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "gateway_functions_seconds",
			Help: "Function time taken",
		}, []string{"function_name", "code"}),
		queued: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "gateway_function_invocation_started",
			Help: "Async invocations queued",
		}, []string{"function_name"}),
		Replicas: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "gateway_service_count",
			Help: "Current replica count per function",
		}, []string{"function_name"}),
	}
	prometheus.MustRegister(s.invocations, s.duration, s.queued, s.Replicas)
	return s
}

func (s *Store) ObserveInvocation(name string, code int, d time.Duration) {
	c := strconv.Itoa(code)
	s.invocations.WithLabelValues(name, c).Inc()
	s.duration.WithLabelValues(name, c).Observe(d.Seconds())
}

func (s *Store) ObserveQueued(name string) {
	s.queued.WithLabelValues(name).Inc()
}
