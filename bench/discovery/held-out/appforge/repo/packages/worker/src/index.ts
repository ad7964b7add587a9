import Koa from "koa"
import koaBody from "koa-body"
import pino from "koa-pino-logger"
import http from "http"
import { init as coreInit, shutdown as coreShutdown, pinoSettings, db as dbCore } from "@appforge/backend-core"
import env from "./environment"
import { router } from "./api"
import * as oidc from "./sso/oidc"

const app = new Koa()
app.keys = ["secret", "key"]

app.use(koaBody({ multipart: true }))
app.use(pino(pinoSettings()))
app.use(router.routes())
app.use(router.allowedMethods())

const server = http.createServer(app.callback())

async function start() {
  await coreInit()
  await dbCore.getGlobalDB().checkSetup()
  await dbCore.getPlatformDB().checkSetup()
  if (env.SSO_OIDC_ENABLED) {
    await oidc.init()
  }
  server.listen(env.PORT, () => {
    console.log(`Worker running on ${JSON.stringify(server.address())}`)
  })
}

process.on("SIGTERM", async () => {
  server.close()
  await coreShutdown()
})

start().catch(err => {
  console.error(err)
  process.exit(1)
})
