import { Job } from "bullmq";
import { prisma } from "@tracelens/shared/src/db";
import { getQueue, QueueJobs, QueueName } from "@tracelens/shared/src/server";
import { handlePostHogIntegrationProjectJob } from "../features/posthog/handlePostHogIntegrationProjectJob";

/** Scheduler: one processing job per project with the integration enabled. */
export const postHogIntegrationProcessor = async (_job: Job) => {
  const integrations = await prisma.posthogIntegration.findMany({ where: { enabled: true }, select: { projectId: true } });
  const queue = getQueue(QueueName.PostHogIntegrationProcessingQueue);
  await queue?.addBulk(
    integrations.map((i) => ({
      name: QueueJobs.PostHogIntegrationProcessingJob,
      data: { projectId: i.projectId },
      opts: { jobId: `${i.projectId}-${new Date().toISOString().slice(0, 13)}` },
    })),
  );
};

export const postHogIntegrationProcessingProcessor = async (job: Job<{ projectId: string }>) => {
  await handlePostHogIntegrationProjectJob(job.data.projectId);
};
