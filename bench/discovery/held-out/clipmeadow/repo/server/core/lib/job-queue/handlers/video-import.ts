import { Job } from 'bullmq'
import { move, remove } from 'fs-extra/esm'
import { logger } from '../../../helpers/logger.js'
import { YoutubeDLWrapper } from '../../../helpers/youtube-dl/youtube-dl-wrapper.js'
import { CONFIG } from '../../../initializers/config.js'
import { VideoImportModel } from '../../../models/video/video-import.js'
import { JobQueue } from '../job-queue.js'

export interface VideoImportPayload {
  type: 'youtube-dl' | 'magnet-uri' | 'torrent-file'
  videoImportId: number
  fileExt?: string
}

// Import a video from a URL given by the user (YouTube, Vimeo, another website...)
async function processVideoImport (job: Job<VideoImportPayload>) {
  const payload = job.data
  const videoImport = await VideoImportModel.loadAndPopulateVideo(payload.videoImportId)

  if (!videoImport?.Video) throw new Error('Cannot import video %s: the video import or video linked to this import does not exist anymore.')

  logger.info('Processing youtubeDL video import in job %s.', job.id)

  const youtubeDL = new YoutubeDLWrapper(videoImport.targetUrl, [ '1080p', '720p', '480p' ], CONFIG.IMPORT.VIDEOS.HTTP.ENABLED)
  const tmpPath = await youtubeDL.downloadVideo(payload.fileExt, 2 * 60 * 60 * 1000)

  try {
    const finalPath = videoImport.Video.getFilePath()
    await move(tmpPath, finalPath)
  } catch (err) {
    await remove(tmpPath)
    throw err
  }

  await JobQueue.Instance.createJob({ type: 'video-transcoding', payload: { videoUUID: videoImport.Video.uuid, type: 'new-resolution' } })
}

export { processVideoImport }
