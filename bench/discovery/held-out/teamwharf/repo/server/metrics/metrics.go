package metrics

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

var PostsTotal = prometheus.NewCounter(prometheus.CounterOpts{
	Namespace: "teamwharf", Name: "posts_total", Help: "Posts created",
})

func init() { prometheus.MustRegister(PostsTotal) }

// Serve exposes /metrics for Prometheus to scrape.
func Serve(addr string) {
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.Handler())
	http.ListenAndServe(addr, mux)
}
