package main

import (
	"log"

	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/otelcol"

	"github.com/tracewell/tracewell/collector/components"
	"github.com/tracewell/tracewell/collector/opampmanager"
)

func main() {
	info := component.BuildInfo{
		Command:     "tracewell-otel-collector",
		Description: "Tracewell OpenTelemetry Collector",
		Version:     "0.111.5",
	}

	params := otelcol.CollectorSettings{
		BuildInfo: info,
		Factories: components.Components,
	}

	cmd := otelcol.NewCommand(params)
	// --manager-config points at the OpAMP server; when set, the effective
	// collector config is managed remotely and copied to --copy-path.
	opampmanager.RegisterFlags(cmd.Flags())
	cmd.PreRunE = opampmanager.PreRun

	if err := cmd.Execute(); err != nil {
		log.Fatalf("collector server run finished with error: %v", err)
	}
}
