package temporalutil

import (
	"fmt"
	"log"
	"time"

	prom "github.com/prometheus/client_golang/prometheus"
	"github.com/uber-go/tally/v4"
	"github.com/uber-go/tally/v4/prometheus"
	"go.temporal.io/sdk/client"
	sdktally "go.temporal.io/sdk/contrib/tally"
)

// NewPrometheusHandler exposes SDK metrics on :port/metrics for Prometheus to scrape.
func NewPrometheusHandler(port int) client.MetricsHandler {
	cfg := prometheus.Configuration{
		ListenAddress: fmt.Sprintf("0.0.0.0:%d", port),
		TimerType:     "histogram",
	}
	reporter, err := cfg.NewReporter(prometheus.ConfigurationOptions{
		Registry: prom.NewRegistry(),
		OnError: func(err error) {
			log.Println("prometheus reporter error:", err)
		},
	})
	if err != nil {
		log.Fatalln("unable to create prometheus reporter:", err)
	}

	scope, _ := tally.NewRootScope(tally.ScopeOptions{
		CachedReporter:  reporter,
		Separator:       prometheus.DefaultSeparator,
		SanitizeOptions: &sdktally.PrometheusSanitizeOptions,
		Prefix:          "oms",
	}, time.Second)

	return sdktally.NewMetricsHandler(sdktally.NewPrometheusNamingScope(scope))
}
