import { Context } from "koa"
import { db as dbCore } from "@appforge/backend-core"
import { externalTrigger } from "../../automations/triggers"

export async function trigger(ctx: Context) {
  const appId = ctx.get("x-appforge-app-id")
  const db = dbCore.getDB(appId)
  const automation = await db.get<any>(ctx.params.id)
  const job = await externalTrigger(automation, { appId, fields: (ctx.request.body as any).fields })
  ctx.body = { message: `Automation ${automation._id} has been triggered.`, jobId: job.id }
}

export async function webhookTrigger(ctx: Context) {
  const appId = ctx.params.instance
  const db = dbCore.getDB(dbCore.getProdAppID(appId))
  const webhook = await db.get<any>(ctx.params.id)
  const automation = await db.get<any>(webhook.action.target)
  await externalTrigger(automation, { appId, body: ctx.request.body })
  ctx.body = { message: "Webhook trigger fired successfully" }
}
