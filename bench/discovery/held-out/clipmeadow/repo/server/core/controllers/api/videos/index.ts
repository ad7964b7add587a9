import express from 'express'
import { logger } from '../../../helpers/logger.js'
import { Redis } from '../../../lib/redis.js'
import { JobQueue } from '../../../lib/job-queue/job-queue.js'
import { sendCreateVideo } from '../../../lib/activitypub/send/send-create.js'
import {
  asyncMiddleware,
  authenticate,
  paginationValidator,
  setDefaultPagination,
  videosGetValidator,
  videosUpdateValidator
} from '../../../middlewares/index.js'
import { VideoModel } from '../../../models/video/video.js'
import { sequelizeTypescript } from '../../../initializers/database.js'
import { uploadRouter } from './upload.js'

const videosRouter = express.Router()

videosRouter.use('/', uploadRouter)

videosRouter.get('/',
  paginationValidator,
  setDefaultPagination,
  asyncMiddleware(listVideos)
)
videosRouter.get('/:id',
  asyncMiddleware(videosGetValidator),
  asyncMiddleware(getVideo)
)
videosRouter.put('/:id',
  authenticate,
  asyncMiddleware(videosUpdateValidator),
  asyncMiddleware(updateVideo)
)
videosRouter.post('/:id/views',
  asyncMiddleware(videosGetValidator),
  asyncMiddleware(viewVideo)
)

export { videosRouter }

async function listVideos (req: express.Request, res: express.Response) {
  const { rows, count } = await VideoModel.findAndCountAll({
    where: { privacy: 1 },
    offset: req.query.start as any,
    limit: req.query.count as any,
    order: [ [ 'createdAt', 'DESC' ] ]
  })

  return res.json({ total: count, data: rows.map(v => v.toFormattedJSON()) })
}

async function getVideo (req: express.Request, res: express.Response) {
  const video = res.locals.videoAll as VideoModel
  return res.json(video.toFormattedDetailsJSON())
}

async function updateVideo (req: express.Request, res: express.Response) {
  const video = res.locals.videoAll as VideoModel

  await sequelizeTypescript.transaction(async t => {
    video.name = req.body.name ?? video.name
    video.description = req.body.description ?? video.description
    await video.save({ transaction: t })

    await sendCreateVideo(video, t)
  })

  logger.info('Video with name %s and uuid %s updated.', video.name, video.uuid)
  return res.type('json').status(204).end()
}

async function viewVideo (req: express.Request, res: express.Response) {
  const video = res.locals.onlyVideo as VideoModel
  const ip = req.ip

  await Redis.Instance.setIPVideoView(ip, video.uuid)
  await Redis.Instance.addVideoViewStats(video.id)

  await JobQueue.Instance.createJob({ type: 'videos-views-stats', payload: { videoId: video.id } })

  return res.status(204).end()
}
