package reader

import (
	"context"
	"fmt"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2"

	"github.com/tracewell/tracewell/pkg/query-service/constants"
	"github.com/tracewell/tracewell/pkg/telemetrystore"
)

type ServiceItem struct {
	ServiceName string  `json:"serviceName" ch:"serviceName"`
	P99         float64 `json:"p99" ch:"p99"`
	AvgDuration float64 `json:"avgDuration" ch:"avgDuration"`
	NumCalls    uint64  `json:"numCalls" ch:"numCalls"`
	NumErrors   uint64  `json:"numErrors" ch:"numErrors"`
}

type ClickHouseReader struct {
	store *telemetrystore.Store
}

func NewClickHouseReader(store *telemetrystore.Store) *ClickHouseReader {
	return &ClickHouseReader{store: store}
}

func (r *ClickHouseReader) GetServices(ctx context.Context, start, end time.Time) ([]ServiceItem, error) {
	q := fmt.Sprintf(`SELECT serviceName,
		quantile(0.99)(durationNano) AS p99,
		avg(durationNano) AS avgDuration,
		count(*) AS numCalls,
		countIf(statusCode = 2) AS numErrors
	FROM %s.%s
	WHERE timestamp >= @start AND timestamp <= @end AND kind = 2
	GROUP BY serviceName ORDER BY p99 DESC`, r.store.TracesDB(), constants.TraceIndexTable)

	var out []ServiceItem
	if err := r.store.Conn().Select(ctx, &out, q,
		clickhouseNamed("start", start), clickhouseNamed("end", end)); err != nil {
		return nil, fmt.Errorf("get services: %w", err)
	}
	return out, nil
}

func (r *ClickHouseReader) CountLogs(ctx context.Context, filter string, start, end time.Time) (uint64, error) {
	q := fmt.Sprintf(`SELECT count() FROM %s.%s WHERE timestamp BETWEEN ? AND ? AND %s`,
		r.store.LogsDB(), constants.LogsV2Table, filter)
	var n uint64
	err := r.store.Conn().QueryRow(ctx, q, start.UnixNano(), end.UnixNano()).Scan(&n)
	return n, err
}

// EvaluateThreshold runs an alert rule query and returns the series value.
func (r *ClickHouseReader) EvaluateThreshold(ctx context.Context, query string) (float64, error) {
	var v float64
	err := r.store.Conn().QueryRow(ctx, query).Scan(&v)
	return v, err
}

func clickhouseNamed(name string, t time.Time) any {
	return clickhouse.Named(name, t.UnixNano())
}
