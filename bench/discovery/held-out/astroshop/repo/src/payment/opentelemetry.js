const opentelemetry = require('@opentelemetry/sdk-node');
const { getNodeAutoInstrumentations } = require('@opentelemetry/auto-instrumentations-node');
const { OTLPMetricExporter } = require('@opentelemetry/exporter-metrics-otlp-grpc');
const { PeriodicExportingMetricReader } = require('@opentelemetry/sdk-metrics');

// Exporters read OTEL_EXPORTER_OTLP_ENDPOINT themselves.
const sdk = new opentelemetry.NodeSDK({
  instrumentations: [getNodeAutoInstrumentations({ '@opentelemetry/instrumentation-fs': { enabled: false } })],
  metricReader: new PeriodicExportingMetricReader({ exporter: new OTLPMetricExporter() }),
});

sdk.start();
