import { registerOtel } from "@medusajs/medusa"
import { ZipkinExporter } from "@opentelemetry/exporter-zipkin"

// Only active when OTEL_ENABLED=true (not the case in any deployed environment yet).
const exporter = new ZipkinExporter({
  serviceName: "stallmart-backend",
  url: process.env.ZIPKIN_URL || "http://zipkin:9411/api/v2/spans",
})

export function register() {
  if (process.env.OTEL_ENABLED !== "true") {
    return
  }
  registerOtel({
    serviceName: "stallmart-backend",
    exporter,
    instrument: {
      http: true,
      workflows: true,
      query: true,
    },
  })
}
