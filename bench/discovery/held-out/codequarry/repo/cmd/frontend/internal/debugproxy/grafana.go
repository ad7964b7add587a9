// Package debugproxy exposes monitoring UIs to site admins under /-/debug.
package debugproxy

import (
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"

	"github.com/codequarry/codequarry/internal/env"
)

var (
	grafanaURL    = env.Get("GRAFANA_SERVER_URL", "", "URL of the Grafana instance")
	prometheusURL = env.Get("PROMETHEUS_URL", "", "URL of Prometheus, used for site-admin alerts")
)

// Grafana reverse-proxies the bundled Grafana dashboards.
func Grafana() http.Handler {
	if grafanaURL == "" {
		return http.NotFoundHandler()
	}
	u, _ := url.Parse(grafanaURL)
	p := httputil.NewSingleHostReverseProxy(u)
	return http.StripPrefix("/-/debug/grafana", p)
}

// AlertsSummaryURL is the Prometheus query used on the site-admin page.
func AlertsSummaryURL() string {
	return strings.TrimSuffix(prometheusURL, "/") + "/api/v1/query?query=ALERTS"
}
