import { Job } from "bull"
import { automationQueue } from "./bullboard"
import { AutomationJob } from "./triggers"
import { executeAutomation } from "./thread"

export async function init() {
  // the apps service is also the automation worker - consume jobs from the Bull queue in Redis
  automationQueue.process(async (job: Job<AutomationJob>) => {
    return executeAutomation(job)
  })
  console.log("Automation queue consumer started")
}

export async function shutdown() {
  await automationQueue.close()
}
