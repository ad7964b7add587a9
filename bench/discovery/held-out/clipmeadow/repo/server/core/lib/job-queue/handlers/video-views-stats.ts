import { Job } from 'bullmq'
import { logger } from '../../../helpers/logger.js'
import { VideoModel } from '../../../models/video/video.js'
import { Redis } from '../../redis.js'

async function processVideosViewsStats (job: Job) {
  const lastHour = new Date()
  lastHour.setHours(lastHour.getHours() - 1)
  const hour = lastHour.getHours()

  const videoIds = await VideoModel.listLocalIds()
  logger.info('Processing videos views stats in job %s for hour %d.', job.id, hour)

  for (const videoId of videoIds) {
    const views = await Redis.Instance.getVideoViewsStats(videoId, hour)
    if (views) await VideoModel.incrementViews(videoId, views)
  }
}

export { processVideosViewsStats }
