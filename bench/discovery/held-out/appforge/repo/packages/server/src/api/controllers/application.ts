import { Context } from "koa"
import { v4 as uuid } from "uuid"
import { db as dbCore, cache, objectStore, env as coreEnv } from "@appforge/backend-core"
import { removeAppFromUserRoles } from "../../utilities/workerRequests"

export async function fetch(ctx: Context) {
  const nano = dbCore.getNano()
  const all = await nano.db.list()
  const appDbs = all.filter(name => name.startsWith("app_") && !name.startsWith("app_dev_"))
  ctx.body = await Promise.all(appDbs.map(appId => cache.getAppMetadata(appId)))
}

export async function create(ctx: Context) {
  const appId = `app_dev_${uuid().replace(/-/g, "")}`
  const db = dbCore.getDB(appId)
  const { name, url } = ctx.request.body as any
  const metadata = {
    _id: "app_metadata",
    appId,
    name,
    url: url || `/${name.toLowerCase().replace(/\s+/g, "-")}`,
    version: coreEnv.VERSION,
    createdAt: new Date().toISOString(),
  }
  await db.put(metadata)
  ctx.body = metadata
}

export async function fetchAppPackage(ctx: Context) {
  const db = dbCore.getDB(ctx.params.appId)
  const application = await db.get<any>("app_metadata")
  const screens = await db.allDocs({ startkey: "screen_", endkey: "screen_\ufff0", include_docs: true })
  ctx.body = {
    application,
    screens: screens.rows.map(r => r.doc),
    clientLibPath: objectStore.getPresignedUrl(coreEnv.APPS_BUCKET_NAME, `${application.appId}/client.js`),
  }
}

export async function publish(ctx: Context) {
  const devAppId = dbCore.getDevAppID(ctx.params.appId)
  const prodAppId = dbCore.getProdAppID(devAppId)
  const source = dbCore.getPouch(devAppId)
  const target = dbCore.getPouch(prodAppId)
  await source.replicate.to(target, {
    filter: (doc: any) => !doc._id.startsWith("_design") || doc._id === "_design/database",
  })
  await cache.invalidateAppMetadata(prodAppId)
  ctx.body = { status: "SUCCESS", appId: prodAppId }
}

export async function destroy(ctx: Context) {
  const appId = ctx.params.appId
  await dbCore.getDB(dbCore.getProdAppID(appId)).destroy()
  await dbCore.getDB(dbCore.getDevAppID(appId)).destroy()
  await objectStore.deleteFolder(coreEnv.APPS_BUCKET_NAME, `${appId}/`)
  await removeAppFromUserRoles(appId)
  await cache.invalidateAppMetadata(appId)
  ctx.body = { ok: true }
}
