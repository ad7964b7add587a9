import { Server as HTTPServer } from 'http'
import { Namespace, Server as SocketServer, Socket } from 'socket.io'
import { logger } from '../helpers/logger.js'
import { RunnerModel } from '../models/runner/runner.js'

// Socket.io notifications: users' browsers (notifications, live events) and
// remote runners (new available jobs) connect on the same HTTP server.
class PeerTubeSocket {

  private static instance: PeerTubeSocket

  private readonly userNotificationSockets: { [ userId: number ]: Socket[] } = {}
  private liveVideosNamespace: Namespace
  private readonly runnerSockets = new Set<Socket>()

  private constructor () {}

  init (server: HTTPServer) {
    const io = new SocketServer(server)

    this.liveVideosNamespace = io.of('/live-videos')

    io.of('/runners')
      .use(async (socket: Socket, next) => {
        const runnerToken = socket.handshake.auth.runnerToken
        if (!runnerToken) return next(new Error('No runner token provided'))

        try {
          const runner = await RunnerModel.loadByToken(runnerToken)
          if (!runner) return next(new Error('Invalid runner token.'))

          socket.data.runner = runner
          return next()
        } catch (err) {
          logger.error('Cannot check runner token', { err })
          return next(new Error('Cannot check runner token.'))
        }
      })
      .on('connection', socket => {
        this.runnerSockets.add(socket)
        socket.on('disconnect', () => this.runnerSockets.delete(socket))
      })
  }

  sendAvailableJobsPingToRunners () {
    logger.debug(`Sending available-jobs notification to ${this.runnerSockets.size} runner sockets`)

    for (const runners of this.runnerSockets) {
      runners.emit('available-jobs')
    }
  }

  static get Instance () {
    return this.instance || (this.instance = new this())
  }
}

export { PeerTubeSocket }
