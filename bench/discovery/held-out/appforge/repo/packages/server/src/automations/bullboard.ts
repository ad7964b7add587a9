import { queue } from "@appforge/backend-core"
import { AutomationJob } from "./triggers"

export const automationQueue = queue.createQueue<AutomationJob>(queue.JobQueue.AUTOMATION)

// Bull Board UI was removed from self-hosted builds
// import { createBullBoard } from "@bull-board/api"
// import { BullAdapter } from "@bull-board/api/bullAdapter"
// createBullBoard({ queues: [new BullAdapter(automationQueue)], serverAdapter })
