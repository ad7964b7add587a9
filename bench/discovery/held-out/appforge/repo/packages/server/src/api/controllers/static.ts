import { Context } from "koa"
import send from "koa-send"
import { join } from "path"
import { v4 as uuid } from "uuid"
import { objectStore, env as coreEnv, cache } from "@appforge/backend-core"
import env from "../../environment"

const BUILDER_DIR = join(env.TOP_LEVEL_PATH || join(__dirname, "..", "..", ".."), "builder")

export async function serveBuilder(ctx: Context) {
  const file = ctx.params.file || "index.html"
  await send(ctx, file, { root: BUILDER_DIR })
}

export async function serveClientLibrary(ctx: Context) {
  const appId = ctx.query.appId as string
  ctx.body = await objectStore.retrieve(coreEnv.APPS_BUCKET_NAME, `${appId}/client.js`)
  ctx.set("Content-Type", "application/javascript")
}

export async function serveApp(ctx: Context) {
  const metadata = await cache.getAppMetadata(ctx.params.appUrl)
  ctx.body = `<!doctype html><html><head><title>${metadata.name || "AppForge"}</title>
<script src="/api/assets/client?appId=${metadata.appId}"></script></head><body></body></html>`
}

export async function uploadFile(ctx: Context) {
  const files: any = ctx.request.files?.file
  const fileList = Array.isArray(files) ? files : [files]
  const appId = ctx.get("x-appforge-app-id")
  const uploads = fileList.map(async file => {
    const extension = file.originalFilename?.split(".").pop()
    const processedFileName = `${uuid()}.${extension}`
    const s3Key = `${appId}/attachments/${processedFileName}`
    const response = await objectStore.upload({
      bucket: coreEnv.APPS_BUCKET_NAME,
      filename: s3Key,
      path: file.filepath,
      type: file.mimetype,
    })
    return {
      size: file.size,
      name: file.originalFilename,
      url: objectStore.getPresignedUrl(coreEnv.APPS_BUCKET_NAME, s3Key),
      extension,
      key: response.Key,
    }
  })
  ctx.body = await Promise.all(uploads)
}
