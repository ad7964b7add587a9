// OpenTelemetry tracing bootstrap shared by all Bestiary services.
const { NodeTracerProvider } = require('@opentelemetry/sdk-trace-node');
const { BatchSpanProcessor } = require('@opentelemetry/sdk-trace-base');
const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-grpc');
const { Resource } = require('@opentelemetry/resources');
const { SemanticResourceAttributes } = require('@opentelemetry/semantic-conventions');
const { registerInstrumentations } = require('@opentelemetry/instrumentation');
const { getNodeAutoInstrumentations } = require('@opentelemetry/auto-instrumentations-node');
const api = require('@opentelemetry/api');

module.exports = (serviceName) => {
    const collectorHost = process.env.TRACING_COLLECTOR_HOST || 'alloy';
    const collectorPort = process.env.TRACING_COLLECTOR_PORT || '4317';

    const provider = new NodeTracerProvider({
        resource: new Resource({
            [SemanticResourceAttributes.SERVICE_NAME]: serviceName,
            [SemanticResourceAttributes.SERVICE_NAMESPACE]: process.env.NAMESPACE || 'bestiary',
        }),
    });

    const exporter = new OTLPTraceExporter({
        url: `http://${collectorHost}:${collectorPort}`,
    });
    provider.addSpanProcessor(new BatchSpanProcessor(exporter));
    provider.register();

    registerInstrumentations({
        instrumentations: [getNodeAutoInstrumentations({
            '@opentelemetry/instrumentation-fs': { enabled: false },
        })],
    });

    return {
        tracer: api.trace.getTracer(serviceName),
        api,
    };
};
