// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

// Package prometheus implements the metrics reader used by the Monitor tab
// (Service Performance Monitoring). It queries RED metrics that were
// generated from spans by the OpenTelemetry Collector spanmetrics connector.
// Enabled with METRICS_STORAGE_TYPE=prometheus.
package prometheus

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/api"
	promapi "github.com/prometheus/client_golang/api/prometheus/v1"
	"github.com/prometheus/common/model"
	"github.com/spf13/viper"
	"go.uber.org/zap"
)

const (
	suffixServerURL     = "prometheus.server-url"
	suffixConnTimeout   = "prometheus.connect-timeout"
	suffixMetricNS      = "prometheus.query.namespace"
	defaultServerURL    = "http://localhost:9090"
	defaultConnTimeout  = 30 * time.Second
)

type Options struct {
	ServerURL      string
	ConnectTimeout time.Duration
	MetricNamespace string
}

func AddFlags(fs *flag.FlagSet) {
	// env: PROMETHEUS_SERVER_URL
	fs.String(suffixServerURL, defaultServerURL, "The Prometheus server's URL, must include the protocol scheme e.g. http://localhost:9090")
	fs.Duration(suffixConnTimeout, defaultConnTimeout, "The period to wait for a connection to Prometheus when executing queries")
	fs.String(suffixMetricNS, "traces_span_metrics", "The metric namespace that is prefixed to the metric name")
}

func InitFromViper(v *viper.Viper) Options {
	return Options{
		ServerURL:       v.GetString(suffixServerURL),
		ConnectTimeout:  v.GetDuration(suffixConnTimeout),
		MetricNamespace: v.GetString(suffixMetricNS),
	}
}

// MetricsReader queries Prometheus' HTTP API.
type MetricsReader struct {
	client promapi.API
	opts   Options
	logger *zap.Logger
}

func NewMetricsReader(opts Options, logger *zap.Logger) (*MetricsReader, error) {
	c, err := api.NewClient(api.Config{
		Address:      opts.ServerURL,
		RoundTripper: &http.Transport{ResponseHeaderTimeout: opts.ConnectTimeout},
	})
	if err != nil {
		return nil, fmt.Errorf("failed to initialize prometheus client for %s: %w", opts.ServerURL, err)
	}
	logger.Info("Prometheus reader initialized", zap.String("addr", opts.ServerURL))
	return &MetricsReader{client: promapi.NewAPI(c), opts: opts, logger: logger}, nil
}

// GetLatencies returns the p-th percentile latency per service.
func (r *MetricsReader) GetLatencies(ctx context.Context, services []string, quantile float64, step, lookback time.Duration) (model.Value, error) {
	q := fmt.Sprintf(
		`histogram_quantile(%.2f, sum(rate(%s_duration_milliseconds_bucket{service_name=~"%s"}[%s])) by (service_name,le))`,
		quantile, r.opts.MetricNamespace, joinRegex(services), step)
	end := time.Now()
	val, _, err := r.client.QueryRange(ctx, q, promapi.Range{Start: end.Add(-lookback), End: end, Step: step})
	return val, err
}

// GetCallRates returns calls/sec per service.
func (r *MetricsReader) GetCallRates(ctx context.Context, services []string, step, lookback time.Duration) (model.Value, error) {
	q := fmt.Sprintf(`sum(rate(%s_calls_total{service_name=~"%s"}[%s])) by (service_name)`, r.opts.MetricNamespace, joinRegex(services), step)
	end := time.Now()
	val, _, err := r.client.QueryRange(ctx, q, promapi.Range{Start: end.Add(-lookback), End: end, Step: step})
	return val, err
}

func joinRegex(s []string) string {
	out := ""
	for i, v := range s {
		if i > 0 {
			out += "|"
		}
		out += v
	}
	return out
}
