import { createServer, Server } from 'net'
import { createServer as createServerTLS, Server as ServerTLS } from 'tls'
import { logger } from '../../helpers/logger.js'
import { CONFIG } from '../../initializers/config.js'
import { VideoLiveModel } from '../../models/video/video-live.js'
import { JobQueue } from '../job-queue/job-queue.js'
import { MuxingSession } from './shared/muxing-session.js'

const { NodeRtmpSession } = require('node-media-server/src/node_rtmp_session')

// Accept RTMP streams pushed by streamers' software (OBS...) on port 1935,
// mux them to HLS and publish them as live videos.
class LiveManager {

  private static instance: LiveManager

  private readonly muxingSessions = new Map<string, MuxingSession>()
  private rtmpServer: Server
  private rtmpsServer: ServerTLS

  private constructor () {
  }

  init () {
    if (CONFIG.LIVE.RTMP.ENABLED) this.runRTMPServer()
  }

  private runRTMPServer () {
    logger.info('Running RTMP server on port %d', CONFIG.LIVE.RTMP.PORT)

    this.rtmpServer = createServer(socket => {
      const session = new NodeRtmpSession({ rtmp: { chunk_size: 60000, gop_cache: false } }, socket)

      session.inputOriginLocalUrl = 'rtmp://127.0.0.1:' + CONFIG.LIVE.RTMP.PORT
      session.inputOriginPublicUrl = 'rtmp://' + CONFIG.LIVE.RTMP.HOSTNAME + ':' + CONFIG.LIVE.RTMP.PORT

      session.on('postPublish', (streamPath: string) => this.handleSession(streamPath))
      session.run()
    })

    this.rtmpServer.on('error', err => {
      logger.error('Cannot run RTMP server.', { err })
    })

    this.rtmpServer.listen(CONFIG.LIVE.RTMP.PORT, CONFIG.LIVE.RTMP.HOSTNAME)
  }

  private async handleSession (streamPath: string) {
    const streamKey = streamPath.split('/').pop()
    const videoLive = await VideoLiveModel.loadByStreamKey(streamKey)
    if (!videoLive) {
      logger.warn('Unknown live video with stream key %s.', streamKey)
      return
    }

    const session = new MuxingSession({ videoLive, inputUrl: 'rtmp://127.0.0.1:' + CONFIG.LIVE.RTMP.PORT + streamPath })
    this.muxingSessions.set(videoLive.Video.uuid, session)

    session.on('after-cleanup', ({ videoUUID }) => {
      this.muxingSessions.delete(videoUUID)
      JobQueue.Instance.createJob({ type: 'video-transcoding', payload: { videoUUID, type: 'hls' } })
        .catch(err => logger.error('Cannot create replay job', { err }))
    })

    await session.runMuxing()
  }

  static get Instance () {
    return this.instance || (this.instance = new this())
  }
}

export { LiveManager }
