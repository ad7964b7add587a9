package clickhousetracesexporter

import (
	"context"
	"fmt"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2"
	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"
	"go.opentelemetry.io/collector/pdata/ptrace"
	"go.uber.org/zap"
)

// Config is the "clickhousetraces" exporter block in otel-collector-config.yaml.
type Config struct {
	Datasource                   string `mapstructure:"datasource"`
	LowCardinalExceptionGrouping bool   `mapstructure:"low_cardinal_exception_grouping"`
	UseNewSchema                 bool   `mapstructure:"use_new_schema"`
}

type SpanWriter struct {
	db       driver.Conn
	database string
	table    string
	logger   *zap.Logger
}

func newSpanWriter(ctx context.Context, cfg *Config, logger *zap.Logger) (*SpanWriter, error) {
	opts, err := clickhouse.ParseDSN(cfg.Datasource)
	if err != nil {
		return nil, fmt.Errorf("clickhousetraces: bad datasource: %w", err)
	}
	conn, err := clickhouse.Open(opts)
	if err != nil {
		return nil, err
	}
	if err := conn.Ping(ctx); err != nil {
		return nil, err
	}
	return &SpanWriter{db: conn, database: opts.Auth.Database, table: "distributed_tracewell_index_v3", logger: logger}, nil
}

func (w *SpanWriter) pushTraces(ctx context.Context, td ptrace.Traces) error {
	batch, err := w.db.PrepareBatch(ctx, fmt.Sprintf(
		"INSERT INTO %s.%s (ts_bucket_start, resource_fingerprint, timestamp, trace_id, span_id, serviceName, name, kind, durationNano, statusCode, attributes_string)",
		w.database, w.table))
	if err != nil {
		return err
	}
	rss := td.ResourceSpans()
	for i := 0; i < rss.Len(); i++ {
		rs := rss.At(i)
		svc, _ := rs.Resource().Attributes().Get("service.name")
		fp := fingerprint(rs.Resource().Attributes().AsRaw())
		sss := rs.ScopeSpans()
		for j := 0; j < sss.Len(); j++ {
			spans := sss.At(j).Spans()
			for k := 0; k < spans.Len(); k++ {
				s := spans.At(k)
				start := s.StartTimestamp().AsTime()
				attrs := map[string]string{}
				s.Attributes().Range(func(k string, v pcommonValue) bool { attrs[k] = v.AsString(); return true })
				if err := batch.Append(
					uint64(start.Truncate(30*time.Minute).Unix()),
					fp,
					start,
					s.TraceID().String(),
					s.SpanID().String(),
					svc.Str(),
					s.Name(),
					int8(s.Kind()),
					uint64(s.EndTimestamp().AsTime().Sub(start).Nanoseconds()),
					int16(s.Status().Code()),
					attrs,
				); err != nil {
					return err
				}
			}
		}
	}
	return batch.Send()
}

func (w *SpanWriter) shutdown(context.Context) error { return w.db.Close() }
