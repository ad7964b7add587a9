package clickhousetracesexporter

import (
	"context"
	"fmt"
	"sort"

	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/exporter"
	"go.opentelemetry.io/collector/exporter/exporterhelper"
	"go.opentelemetry.io/collector/pdata/pcommon"
)

type pcommonValue = pcommon.Value

const typeStr = "clickhousetraces"

func NewFactory() exporter.Factory {
	return exporter.NewFactory(
		component.MustNewType(typeStr),
		func() component.Config { return &Config{Datasource: "tcp://127.0.0.1:9000/tracewell_traces"} },
		exporter.WithTraces(createTracesExporter, component.StabilityLevelBeta),
	)
}

func createTracesExporter(ctx context.Context, set exporter.Settings, cfg component.Config) (exporter.Traces, error) {
	w, err := newSpanWriter(ctx, cfg.(*Config), set.Logger)
	if err != nil {
		return nil, err
	}
	return exporterhelper.NewTracesExporter(ctx, set, cfg, w.pushTraces, exporterhelper.WithShutdown(w.shutdown))
}

func fingerprint(attrs map[string]any) string {
	keys := make([]string, 0, len(attrs))
	for k := range attrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	s := ""
	for _, k := range keys {
		s += fmt.Sprintf("%s=%v;", k, attrs[k])
	}
	return s
}
