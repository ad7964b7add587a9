import { z } from "zod";
import { getQueue, QueueJobs, QueueName } from "@tracelens/shared/src/server";
import { env } from "@/src/env.mjs";
import { TRPCError } from "@trpc/server";
import { createTRPCRouter, protectedProcedure } from "../trpc";

export const batchExportRouter = createTRPCRouter({
  create: protectedProcedure
    .input(z.object({ projectId: z.string(), format: z.enum(["CSV", "JSON", "JSONL"]), name: z.string() }))
    .mutation(async ({ ctx, input }) => {
      if (env.TRACELENS_S3_BATCH_EXPORT_ENABLED !== "true")
        throw new TRPCError({ code: "PRECONDITION_FAILED", message: "Batch exports are not enabled on this instance" });

      const exportJob = await ctx.prisma.batchExport.create({
        data: { projectId: input.projectId, userId: ctx.session.user.id!, status: "QUEUED", format: input.format },
      });
      await getQueue(QueueName.BatchExport)?.add(QueueJobs.BatchExportJob, {
        projectId: input.projectId,
        batchExportId: exportJob.id,
      });
      return exportJob;
    }),
});
