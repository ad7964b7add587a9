import { Job } from 'bullmq'
import { remove } from 'fs-extra/esm'
import { join } from 'path'
import { logger } from '../../../helpers/logger.js'
import { CONFIG } from '../../../initializers/config.js'
import { VideoModel } from '../../../models/video/video.js'
import { storeHLSFileFromFilename, storeWebVideoFile } from '../../object-storage/videos.js'

export interface MoveStoragePayload {
  videoUUID: string
  isNewVideo: boolean
}

async function processMoveToObjectStorage (job: Job<MoveStoragePayload>) {
  const payload = job.data
  logger.info('Moving video %s in job %s.', payload.videoUUID, job.id)

  if (!CONFIG.OBJECT_STORAGE.ENABLED) return

  const video = await VideoModel.loadByUUID(payload.videoUUID)
  if (!video) return

  for (const file of video.VideoFiles) {
    if (file.isHLS()) {
      const fileUrl = await storeHLSFileFromFilename(video.getHLSPlaylist(), file.filename)
      await file.update({ fileUrl, storage: 1 })
    } else {
      const fileUrl = await storeWebVideoFile(video, file)
      await file.update({ fileUrl, storage: 1 })
    }

    await remove(join(CONFIG.STORAGE?.WEB_VIDEOS_DIR ?? '', file.filename))
  }

  await video.update({ state: 1 })
}

export { processMoveToObjectStorage }
