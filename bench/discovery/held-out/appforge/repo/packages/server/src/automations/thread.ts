import { Job } from "bull"
import { db as dbCore, logger } from "@appforge/backend-core"
import env from "../environment"
import { AutomationJob } from "./triggers"
import * as sendEmail from "./steps/sendEmail"
import { v4 as uuid } from "uuid"

const ACTIONS: Record<string, (inputs: any, ctx: { appId: string }) => Promise<any>> = {
  SEND_EMAIL_SMTP: sendEmail.run,
  CREATE_ROW: async ({ tableId, row }, { appId }) => {
    const db = dbCore.getDB(dbCore.getProdAppID(appId))
    const doc = { ...row, tableId, _id: `ro_${tableId}_${uuid().replace(/-/g, "")}` }
    const response = await db.put(doc)
    return { success: true, id: response.id, row: doc }
  },
}

export async function executeAutomation(job: Job<AutomationJob>) {
  const { automation, event } = job.data
  const steps = automation.definition.steps || []
  const outputs: any[] = []
  let iterations = 0
  for (const step of steps) {
    if (++iterations > env.AUTOMATION_MAX_ITERATIONS) {
      break
    }
    const action = ACTIONS[step.stepId]
    if (!action) {
      logger.warn({ stepId: step.stepId }, "unknown automation step")
      continue
    }
    outputs.push(await action({ ...step.inputs, trigger: event }, { appId: event.appId }))
  }
  const db = dbCore.getDB(dbCore.getProdAppID(event.appId))
  await db.put({
    _id: `log_au_${automation._id}_${Date.now()}`,
    automationId: automation._id,
    status: "success",
    steps: outputs,
  })
  return outputs
}
