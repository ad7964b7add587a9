// ----------- Node modules -----------
import express from 'express'
import morgan from 'morgan'
import cors from 'cors'
import { createServer } from 'http'
import { CONFIG, checkConfig } from './core/initializers/config.js'
import { initDatabaseModels, sequelizeTypescript } from './core/initializers/database.js'
import { logger } from './core/helpers/logger.js'
import { apiRouter } from './core/controllers/api/index.js'
import { JobQueue } from './core/lib/job-queue/job-queue.js'
import { Redis } from './core/lib/redis.js'
import { Emailer } from './core/lib/emailer.js'
import { PluginManager } from './core/lib/plugins/plugin-manager.js'
import { PluginsCheckScheduler } from './core/lib/schedulers/plugins-check-scheduler.js'
import { PeerTubeVersionCheckScheduler } from './core/lib/schedulers/peertube-version-check-scheduler.js'
import { AutoFollowIndexInstances } from './core/lib/schedulers/auto-follow-index-instances.js'
import { LiveManager } from './core/lib/live/live-manager.js'
import { OpenTelemetryMetrics } from './core/lib/opentelemetry/metrics.js'
import { PeerTubeSocket } from './core/lib/peertube-socket.js'

checkConfig()

const app = express().disable('x-powered-by')

app.set('trust proxy', CONFIG.TRUST_PROXY)
app.use(morgan('combined', { stream: { write: (msg: string) => logger.info(msg.trim()) } }))
app.use(cors())
app.use(express.json({ limit: '500kb' }))

OpenTelemetryMetrics.Instance.init(app)

app.use('/api/v1', apiRouter)
app.use('/', express.static('client/dist', { maxAge: '2h' }))

async function startApplication () {
  await initDatabaseModels(false)
  await sequelizeTypescript.authenticate()

  Emailer.Instance.init()
  await Emailer.Instance.checkConnection()

  Redis.Instance.init()
  await JobQueue.Instance.init()

  await PluginManager.Instance.registerPluginsAndThemes()

  PluginsCheckScheduler.Instance.enable()
  PeerTubeVersionCheckScheduler.Instance.enable()
  AutoFollowIndexInstances.Instance.enable()

  const server = createServer(app)
  PeerTubeSocket.Instance.init(server)

  if (CONFIG.LIVE.ENABLED) LiveManager.Instance.init()

  server.listen(CONFIG.LISTEN.PORT, CONFIG.LISTEN.HOSTNAME, () => {
    logger.info('HTTP server listening on %s:%d', CONFIG.LISTEN.HOSTNAME, CONFIG.LISTEN.PORT)
  })
}

startApplication().catch(err => {
  logger.error('Cannot start application.', { err })
  process.exit(-1)
})
