import { env as coreEnv, init as coreInit } from "@appforge/backend-core"
import { startup } from "./startup"
import { app } from "./app"
import env from "./environment"
import http from "http"
import { initialise as initSockets } from "./websockets"

async function start() {
  if (!coreEnv.JWT_SECRET) {
    throw new Error("JWT_SECRET must be set")
  }
  await coreInit()
  const server = http.createServer(app.callback())
  initSockets(app, server)
  await startup(app, server)
  server.listen(env.PORT || 4001, () => {
    console.log(`AppForge apps service running on port ${env.PORT || 4001}`)
  })
}

start().catch(err => {
  console.error("Failed to start apps service", err)
  process.exit(1)
})
