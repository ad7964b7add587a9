package components

import (
	"github.com/open-telemetry/opentelemetry-collector-contrib/receiver/hostmetricsreceiver"
	"github.com/open-telemetry/opentelemetry-collector-contrib/receiver/jaegerreceiver"
	"github.com/open-telemetry/opentelemetry-collector-contrib/receiver/prometheusreceiver"
	"go.opentelemetry.io/collector/exporter"
	"go.opentelemetry.io/collector/exporter/debugexporter"
	"go.opentelemetry.io/collector/otelcol"
	"go.opentelemetry.io/collector/receiver"
	"go.opentelemetry.io/collector/receiver/otlpreceiver"

	"github.com/tracewell/tracewell/collector/exporter/clickhouselogsexporter"
	"github.com/tracewell/tracewell/collector/exporter/clickhousemetricsexporter"
	"github.com/tracewell/tracewell/collector/exporter/clickhousetracesexporter"
)

func Components() (otelcol.Factories, error) {
	var err error
	f := otelcol.Factories{}
	f.Receivers, err = receiver.MakeFactoryMap(
		otlpreceiver.NewFactory(),
		jaegerreceiver.NewFactory(),
		hostmetricsreceiver.NewFactory(),
		prometheusreceiver.NewFactory(),
	)
	if err != nil {
		return f, err
	}
	f.Exporters, err = exporter.MakeFactoryMap(
		clickhousetracesexporter.NewFactory(),
		clickhouselogsexporter.NewFactory(),
		clickhousemetricsexporter.NewFactory(),
		clickhousemetricsexporter.NewV4Factory(),
		debugexporter.NewFactory(),
	)
	return f, err
}
