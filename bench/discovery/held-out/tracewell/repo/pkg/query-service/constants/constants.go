package constants

import "os"

const (
	TraceIndexTable   = "distributed_tracewell_index_v3"
	SpanAttributesTbl = "distributed_span_attributes_keys"
	LogsV2Table       = "distributed_logs_v2"
	SamplesV4Table    = "distributed_samples_v4"
	TimeSeriesV4Table = "distributed_time_series_v4"
)

// DashboardsPath is where JSON dashboards bundled with the image are loaded from.
var DashboardsPath = getOrDefault("DASHBOARDS_PATH", "./config/dashboards")

// DeploymentType is attached to analytics events and the /version response.
var DeploymentType = getOrDefault("DEPLOYMENT_TYPE", "unknown")

func getOrDefault(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
