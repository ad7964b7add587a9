import { Job } from "bullmq";
import { prisma } from "@tracelens/shared/src/db";
import { getQueue, QueueJobs, QueueName } from "@tracelens/shared/src/server";
import { evaluate } from "../features/evaluation/evalService";

type TraceUpsertPayload = { projectId: string; traceId: string };
type EvalExecutionPayload = { projectId: string; traceId: string; jobConfigurationId: string };

/** trace-upsert: decide which evaluators apply, then enqueue one execution job each. */
export const traceUpsertProcessor = async (job: Job<TraceUpsertPayload>) => {
  const configs = await prisma.jobConfiguration.findMany({
    where: { projectId: job.data.projectId, status: "ACTIVE", targetObject: "trace" },
  });
  const queue = getQueue(QueueName.EvaluationExecution);
  for (const config of configs) {
    if (Math.random() > Number(config.sampling)) continue;
    await queue?.add(
      QueueJobs.EvaluationExecution,
      { projectId: job.data.projectId, traceId: job.data.traceId, jobConfigurationId: config.id },
      { delay: 10_000, jobId: `${config.id}-${job.data.traceId}` },
    );
  }
};

export const evalJobExecutorProcessor = async (job: Job<EvalExecutionPayload>) => {
  await evaluate(job.data);
};
