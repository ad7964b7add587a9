import { db as dbCore } from "@appforge/backend-core"
import { automationQueue } from "./bullboard"

export interface AutomationJob {
  automation: any
  event: Record<string, any>
}

async function queueRelevantRowAutomations(event: string, payload: { appId: string; tableId: string; row: any }) {
  const db = dbCore.getDB(payload.appId)
  const automations = await db.allDocs<any>({
    startkey: "au_",
    endkey: "au_\ufff0",
    include_docs: true,
  })
  for (const { doc: automation } of automations.rows) {
    const trigger = automation?.definition?.trigger
    if (!trigger || trigger.event !== event || trigger.inputs?.tableId !== payload.tableId) {
      continue
    }
    if (automation.disabled) {
      continue
    }
    await automationQueue.add({ automation, event: { ...payload, appId: payload.appId } } as AutomationJob, {
      removeOnComplete: true,
      removeOnFail: true,
    })
  }
}

export async function automationTrigger(event: string, payload: { appId: string; tableId: string; row: any }) {
  // skip automations for dev apps unless explicitly tested
  if (payload.appId.startsWith("app_dev_")) {
    return
  }
  await queueRelevantRowAutomations(event, payload)
}

export async function externalTrigger(automation: any, params: Record<string, any>) {
  return automationQueue.add({ automation, event: params } as AutomationJob)
}
