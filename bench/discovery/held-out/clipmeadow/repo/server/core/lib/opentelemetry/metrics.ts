import { Application, Request, Response } from 'express'
import { metrics } from '@opentelemetry/api'
import { PrometheusExporter } from '@opentelemetry/exporter-prometheus'
import { MeterProvider } from '@opentelemetry/sdk-metrics'
import { logger } from '../../helpers/logger.js'
import { CONFIG } from '../../initializers/config.js'

class OpenTelemetryMetrics {

  private static instance: OpenTelemetryMetrics

  private meter: any

  private constructor () {}

  init (app: Application) {
    if (CONFIG.OPEN_TELEMETRY.METRICS.ENABLED !== true) return

    app.use('/api/v1', (req: Request, res: Response, next) => {
      res.once('finish', () => {
        this.meter?.createHistogram('http_request_duration_ms').record(Date.now() - (req as any).startTime)
      })
      next()
    })

    logger.info('Registering Open Telemetry metrics')

    const provider = new MeterProvider({
      readers: [
        new PrometheusExporter({
          host: CONFIG.OPEN_TELEMETRY.METRICS.PROMETHEUS_EXPORTER.HOSTNAME,
          port: CONFIG.OPEN_TELEMETRY.METRICS.PROMETHEUS_EXPORTER.PORT
        })
      ]
    })

    metrics.setGlobalMeterProvider(provider)
    this.meter = metrics.getMeter('default')
  }

  static get Instance () {
    return this.instance || (this.instance = new this())
  }
}

export { OpenTelemetryMetrics }
