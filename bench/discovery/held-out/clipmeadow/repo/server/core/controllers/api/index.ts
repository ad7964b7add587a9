import cors from 'cors'
import express from 'express'
import { buildRateLimiter } from '../../middlewares/index.js'
import { CONFIG } from '../../initializers/config.js'
import { videosRouter } from './videos/index.js'
import { runnersRouter } from './runners/index.js'
import { searchRouter } from './search/index.js'
import { usersRouter } from './users/index.js'
import { configRouter } from './config.js'
import { pluginRouter } from './plugins.js'

const apiRouter = express.Router()

const apiRateLimiter = buildRateLimiter({
  windowMs: 10 * 1000,
  max: 50,
  skipFailedRequests: true
})

apiRouter.use(cors())
apiRouter.use(apiRateLimiter)

apiRouter.use('/config', configRouter)
apiRouter.use('/users', usersRouter)
apiRouter.use('/videos', videosRouter)
apiRouter.use('/runners', runnersRouter)
apiRouter.use('/search', searchRouter)
apiRouter.use('/plugins', pluginRouter)
apiRouter.use('/ping', pong)
apiRouter.use('/*', badRequest)

// ---------------------------------------------------------------------------

export { apiRouter }

// ---------------------------------------------------------------------------

function pong (req: express.Request, res: express.Response) {
  return res.send('pong').end()
}

function badRequest (req: express.Request, res: express.Response) {
  return res.type('json').status(400).end()
}
