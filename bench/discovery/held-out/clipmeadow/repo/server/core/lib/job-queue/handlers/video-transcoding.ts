import { Job } from 'bullmq'
import { logger } from '../../../helpers/logger.js'
import { CONFIG } from '../../../initializers/config.js'
import { VideoModel } from '../../../models/video/video.js'
import { generateHlsPlaylistResolution, optimizeOriginalVideofile } from '../../transcoding/hls-transcoding.js'
import { createTranscodingJobs } from '../../transcoding/create-transcoding-job.js'
import { JobQueue } from '../job-queue.js'

export interface VideoTranscodingPayload {
  videoUUID: string
  type: 'new-resolution' | 'optimize' | 'hls'
  resolution?: number
}

async function processVideoTranscoding (job: Job<VideoTranscodingPayload>) {
  const payload = job.data
  logger.info('Processing transcoding job %s.', job.id)

  const video = await VideoModel.loadByUUID(payload.videoUUID)
  if (!video) {
    logger.info('Do not process job %d, video does not exist.', job.id)
    return undefined
  }

  // When remote runners are enabled, transcoding is dispatched as runner jobs that
  // peertube-runner instances fetch through the REST API (/api/v1/runners/jobs/request)
  if (CONFIG.TRANSCODING.REMOTE_RUNNERS.ENABLED) {
    await createTranscodingJobs({ video, resolutions: [ 1080, 720, 480 ], runners: true })
    return
  }

  if (payload.type === 'optimize') {
    await optimizeOriginalVideofile({ video, job })
  } else {
    await generateHlsPlaylistResolution({ video, resolution: payload.resolution, job })
  }

  await JobQueue.Instance.createJob({ type: 'move-to-object-storage', payload: { videoUUID: video.uuid, isNewVideo: true } })
}

export { processVideoTranscoding }
