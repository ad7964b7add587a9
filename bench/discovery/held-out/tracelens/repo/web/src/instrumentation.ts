// Next.js instrumentation hook.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;

  // Traces of Tracelens itself go to an OTLP collector if one is configured.
  if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) {
    const { NodeSDK } = await import("@opentelemetry/sdk-node");
    const { OTLPTraceExporter } = await import("@opentelemetry/exporter-trace-otlp-http");
    new NodeSDK({
      serviceName: process.env.OTEL_SERVICE_NAME ?? "tracelens-web",
      traceExporter: new OTLPTraceExporter({ url: `${process.env.OTEL_EXPORTER_OTLP_ENDPOINT}/v1/traces` }),
    }).start();
  }

  // headless initialization of org/project from TRACELENS_INIT_* env
  if (process.env.TRACELENS_INIT_ORG_ID) {
    const { prisma } = await import("@tracelens/shared/src/db");
    const orgId = process.env.TRACELENS_INIT_ORG_ID;
    await prisma.organization.upsert({ where: { id: orgId }, update: {}, create: { id: orgId, name: "Provisioned Org" } });
    if (process.env.TRACELENS_INIT_PROJECT_ID) {
      const id = process.env.TRACELENS_INIT_PROJECT_ID;
      await prisma.project.upsert({ where: { id }, update: {}, create: { id, name: "Provisioned Project", orgId } });
    }
  }
}
