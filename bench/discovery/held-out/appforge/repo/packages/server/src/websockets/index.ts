import Koa from "koa"
import http from "http"
import { Server } from "socket.io"
import { createAdapter } from "@socket.io/redis-adapter"
import Redis from "ioredis"
import { env as coreEnv } from "@appforge/backend-core"

export let builderSocket: Server | undefined

/**
 * Builder collaboration socket. Multiple apps replicas fan out events through Redis pub/sub.
 */
export function initialise(app: Koa, server: http.Server) {
  builderSocket = new Server(server, { path: "/socket/builder" })
  if (!coreEnv.isTest()) {
    const [host, port] = coreEnv.REDIS_URL.replace("redis://", "").split(":")
    const pubClient = new Redis({ host, port: parseInt(port) || 6379, password: coreEnv.REDIS_PASSWORD, db: 1 })
    const subClient = pubClient.duplicate()
    builderSocket.adapter(createAdapter(pubClient, subClient))
  }
  builderSocket.on("connection", socket => {
    const appId = socket.handshake.query.appId as string
    socket.join(appId)
    socket.on("selectComponent", payload => {
      socket.to(appId).emit("componentSelected", payload)
    })
  })
}
