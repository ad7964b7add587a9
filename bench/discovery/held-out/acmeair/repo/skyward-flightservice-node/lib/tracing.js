'use strict';

// Loaded with `node --require ./lib/tracing.js`. Exports spans to the collector named by the
// standard OTEL_EXPORTER_OTLP_ENDPOINT variable (the mesh-wide collector in Kubernetes).
if (process.env.OTEL_SDK_DISABLED !== 'true') {
  const { NodeSDK } = require('@opentelemetry/sdk-node');
  const { getNodeAutoInstrumentations } = require('@opentelemetry/auto-instrumentations-node');

  const sdk = new NodeSDK({
    serviceName: process.env.OTEL_SERVICE_NAME || 'skyward-flightservice',
    instrumentations: [getNodeAutoInstrumentations({ '@opentelemetry/instrumentation-fs': { enabled: false } })],
  });
  sdk.start();
  process.on('SIGTERM', () => sdk.shutdown().finally(() => process.exit(0)));
}
