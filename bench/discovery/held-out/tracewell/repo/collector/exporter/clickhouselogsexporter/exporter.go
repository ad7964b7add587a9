package clickhouselogsexporter

import (
	"context"
	"fmt"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2"
	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"
	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/exporter"
	"go.opentelemetry.io/collector/exporter/exporterhelper"
	"go.opentelemetry.io/collector/pdata/plog"
)

type Config struct {
	DSN          string        `mapstructure:"dsn"`
	Timeout      time.Duration `mapstructure:"timeout"`
	UseNewSchema bool          `mapstructure:"use_new_schema"`
}

type logsExporter struct {
	db  driver.Conn
	cfg *Config
}

func NewFactory() exporter.Factory {
	return exporter.NewFactory(
		component.MustNewType("clickhouselogsexporter"),
		func() component.Config { return &Config{DSN: "tcp://127.0.0.1:9000/tracewell_logs", Timeout: 5 * time.Second} },
		exporter.WithLogs(createLogsExporter, component.StabilityLevelBeta),
	)
}

func createLogsExporter(ctx context.Context, set exporter.Settings, c component.Config) (exporter.Logs, error) {
	cfg := c.(*Config)
	opts, err := clickhouse.ParseDSN(cfg.DSN)
	if err != nil {
		return nil, err
	}
	db, err := clickhouse.Open(opts)
	if err != nil {
		return nil, err
	}
	e := &logsExporter{db: db, cfg: cfg}
	return exporterhelper.NewLogsExporter(ctx, set, cfg, e.push,
		exporterhelper.WithTimeout(exporterhelper.TimeoutConfig{Timeout: cfg.Timeout}),
		exporterhelper.WithShutdown(func(context.Context) error { return db.Close() }))
}

func (e *logsExporter) push(ctx context.Context, ld plog.Logs) error {
	batch, err := e.db.PrepareBatch(ctx,
		"INSERT INTO tracewell_logs.distributed_logs_v2 (ts_bucket_start, timestamp, id, trace_id, severity_text, body, attributes_string, resources_string)")
	if err != nil {
		return err
	}
	rls := ld.ResourceLogs()
	for i := 0; i < rls.Len(); i++ {
		rl := rls.At(i)
		res := toStringMap(rl.Resource().Attributes().AsRaw())
		sls := rl.ScopeLogs()
		for j := 0; j < sls.Len(); j++ {
			lrs := sls.At(j).LogRecords()
			for k := 0; k < lrs.Len(); k++ {
				r := lrs.At(k)
				ts := uint64(r.Timestamp())
				if ts == 0 {
					ts = uint64(r.ObservedTimestamp())
				}
				if err := batch.Append(ts/1e9/1800*1800, ts, fmt.Sprintf("%d-%d-%d", ts, i, k),
					r.TraceID().String(), r.SeverityText(), r.Body().AsString(),
					toStringMap(r.Attributes().AsRaw()), res); err != nil {
					return err
				}
			}
		}
	}
	return batch.Send()
}

func toStringMap(in map[string]any) map[string]string {
	out := make(map[string]string, len(in))
	for k, v := range in {
		out[k] = fmt.Sprint(v)
	}
	return out
}
