import { Context } from "koa"
import { db as dbCore, objectStore, env as coreEnv } from "@appforge/backend-core"
import { verifyConfig } from "../../../utilities/email"

export async function find(ctx: Context) {
  const db = dbCore.getGlobalDB()
  try {
    ctx.body = await db.get(`config_${ctx.params.type}`)
  } catch (err: any) {
    if (err.statusCode === 404) {
      ctx.body = { type: ctx.params.type, config: {} }
    } else {
      throw err
    }
  }
}

export async function save(ctx: Context) {
  const db = dbCore.getGlobalDB()
  const body = ctx.request.body as any
  if (body.type === "smtp") {
    await verifyConfig(body.config)
  }
  const response = await db.put({ _id: `config_${body.type}`, ...body })
  ctx.body = { type: body.type, _id: response.id, _rev: response.rev }
}

export async function uploadLogo(ctx: Context) {
  const file: any = ctx.request.files?.file
  const key = `settings/logos/${file.originalFilename}`
  await objectStore.upload({
    bucket: coreEnv.GLOBAL_BUCKET_NAME,
    filename: key,
    path: file.filepath,
    type: file.mimetype,
  })
  ctx.body = { message: "Logo uploaded", url: objectStore.getPresignedUrl(coreEnv.GLOBAL_BUCKET_NAME, key) }
}
