import Koa from "koa"
import koaBody from "koa-body"
import compress from "koa-compress"
import pino from "koa-pino-logger"
import { pinoSettings } from "@appforge/backend-core"
import { router } from "./api"

export const app = new Koa()

app.use(
  koaBody({
    multipart: true,
    formLimit: "10mb",
    jsonLimit: "10mb",
    textLimit: "10mb",
    // @ts-ignore
    enableTypes: ["json", "form", "text"],
    parsedMethods: ["POST", "PUT", "PATCH", "DELETE"],
  })
)
app.use(compress({ threshold: 2048 }))
app.use(pino(pinoSettings()))

app.context.eventEmitter = undefined
app.use(router.routes())
app.use(router.allowedMethods())

app.on("error", (err, ctx) => {
  ctx.log?.error(err)
})
