package clickhousemetricsexporter

import (
	"context"
	"fmt"

	"github.com/ClickHouse/clickhouse-go/v2"
	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/exporter"
	"go.opentelemetry.io/collector/exporter/exporterhelper"
	"go.opentelemetry.io/collector/pdata/pmetric"
)

// Config covers both "clickhousemetricswrite" (endpoint) and
// "tracewellclickhousemetrics" (dsn).
type Config struct {
	Endpoint string `mapstructure:"endpoint"`
	DSN      string `mapstructure:"dsn"`
}

func (c *Config) addr() string {
	if c.DSN != "" {
		return c.DSN
	}
	return c.Endpoint
}

func NewFactory() exporter.Factory   { return newFactory("clickhousemetricswrite", "samples_v2") }
func NewV4Factory() exporter.Factory { return newFactory("tracewellclickhousemetrics", "samples_v4") }

func newFactory(typ, table string) exporter.Factory {
	return exporter.NewFactory(component.MustNewType(typ),
		func() component.Config { return &Config{Endpoint: "tcp://127.0.0.1:9000/tracewell_metrics"} },
		exporter.WithMetrics(func(ctx context.Context, set exporter.Settings, c component.Config) (exporter.Metrics, error) {
			opts, err := clickhouse.ParseDSN(c.(*Config).addr())
			if err != nil {
				return nil, err
			}
			conn, err := clickhouse.Open(opts)
			if err != nil {
				return nil, err
			}
			push := func(ctx context.Context, md pmetric.Metrics) error {
				batch, err := conn.PrepareBatch(ctx, fmt.Sprintf(
					"INSERT INTO tracewell_metrics.distributed_%s (metric_name, fingerprint, unix_milli, value)", table))
				if err != nil {
					return err
				}
				rms := md.ResourceMetrics()
				for i := 0; i < rms.Len(); i++ {
					sms := rms.At(i).ScopeMetrics()
					for j := 0; j < sms.Len(); j++ {
						ms := sms.At(j).Metrics()
						for k := 0; k < ms.Len(); k++ {
							m := ms.At(k)
							if m.Type() != pmetric.MetricTypeGauge {
								continue
							}
							dps := m.Gauge().DataPoints()
							for d := 0; d < dps.Len(); d++ {
								dp := dps.At(d)
								_ = batch.Append(m.Name(), uint64(d), dp.Timestamp().AsTime().UnixMilli(), dp.DoubleValue())
							}
						}
					}
				}
				return batch.Send()
			}
			return exporterhelper.NewMetricsExporter(ctx, set, c, push)
		}, component.StabilityLevelBeta))
}
