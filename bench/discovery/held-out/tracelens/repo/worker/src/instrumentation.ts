import { NodeSDK } from "@opentelemetry/sdk-node";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { env } from "./env";

// Self-observability only. No-op unless an OTLP endpoint is configured.
if (env.OTEL_EXPORTER_OTLP_ENDPOINT) {
  new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME,
    traceExporter: new OTLPTraceExporter({ url: `${env.OTEL_EXPORTER_OTLP_ENDPOINT}/v1/traces` }),
  }).start();
}
