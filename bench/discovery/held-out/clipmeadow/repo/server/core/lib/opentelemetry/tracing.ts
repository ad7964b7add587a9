import { SpanStatusCode, trace } from '@opentelemetry/api'
import { JaegerExporter } from '@opentelemetry/exporter-jaeger'
import { registerInstrumentations } from '@opentelemetry/instrumentation'
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http'
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg'
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis'
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base'
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node'
import { logger } from '../../helpers/logger.js'
import { CONFIG } from '../../initializers/config.js'

let tracer = trace.getTracer('no-op')

function registerOpentelemetryTracing () {
  if (CONFIG.OPEN_TELEMETRY.TRACING.ENABLED !== true) return

  logger.info('Registering Open Telemetry tracing')

  const tracerProvider = new NodeTracerProvider()

  registerInstrumentations({
    tracerProvider,
    instrumentations: [
      new PgInstrumentation({ enhancedDatabaseReporting: true }),
      new HttpInstrumentation(),
      new IORedisInstrumentation()
    ]
  })

  tracerProvider.addSpanProcessor(
    new BatchSpanProcessor(
      new JaegerExporter({ endpoint: CONFIG.OPEN_TELEMETRY.TRACING.JAEGER_EXPORTER.ENDPOINT })
    )
  )

  tracerProvider.register()

  tracer = trace.getTracer('peertube')
}

async function wrapWithSpanAndContext <T> (spanName: string, cb: () => Promise<T>) {
  const span = tracer.startSpan(spanName)
  try {
    return await cb()
  } catch (err) {
    span.setStatus({ code: SpanStatusCode.ERROR })
    throw err
  } finally {
    span.end()
  }
}

export { registerOpentelemetryTracing, wrapWithSpanAndContext, tracer }
