import { z } from "zod";
import { getTraceById, getTracesTable } from "@tracelens/shared/src/server";
import { createTRPCRouter, protectedProcedure } from "../trpc";

export const tracesRouter = createTRPCRouter({
  all: protectedProcedure
    .input(z.object({ projectId: z.string(), page: z.number().default(0), limit: z.number().max(100).default(50) }))
    .query(({ input }) => getTracesTable(input.projectId, input.limit, input.page * input.limit)),

  byId: protectedProcedure
    .input(z.object({ projectId: z.string(), traceId: z.string() }))
    .query(({ input }) => getTraceById(input.projectId, input.traceId)),
});
