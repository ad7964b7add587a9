import { build as buildApp } from './app.js'
import { PG_META_HOST, PG_META_PORT } from './constants.js'
import pino from 'pino'

const logger = pino({ formatters: { level: (label) => ({ level: label }) }, timestamp: pino.stdTimeFunctions.isoTime })

const app = buildApp({ logger })

app.listen({ port: PG_META_PORT, host: PG_META_HOST }, (err) => {
  if (err) {
    logger.error({ error: err }, 'server failed to start')
    process.exit(1)
  }
})
