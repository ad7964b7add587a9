import Koa from "koa"
import http from "http"
import { db as dbCore, objectStore, env as coreEnv } from "@appforge/backend-core"
import env from "./environment"
import * as automations from "./automations"
import { fetchGlobalSettings } from "./utilities/workerRequests"

export async function startup(app: Koa, server: http.Server) {
  // make sure the global DB exists before serving requests
  await dbCore.getGlobalDB().checkSetup()

  // the client library bucket is created on first boot
  const client = objectStore.ObjectStore(coreEnv.APPS_BUCKET_NAME)
  await objectStore.makeSureBucketExists(client, coreEnv.APPS_BUCKET_NAME)

  if (!env.DISABLE_AUTOMATIONS) {
    await automations.init()
  }

  const settings = await fetchGlobalSettings()
  console.log(`Platform URL: ${settings?.config?.platformUrl || "(not set)"}`)

  // Removed in 2.3 - install ping to marketing
  // if (env.INSTALL_PING_ENABLED) {
  //   await fetch("https://hooks.appforge.example/install", {
  //     method: "POST",
  //     body: JSON.stringify({ version: coreEnv.VERSION }),
  //   })
  // }

  const shutdown = async () => {
    server.close()
    await automations.shutdown()
  }
  process.on("SIGTERM", shutdown)
  process.on("SIGINT", shutdown)
}
