import { createTRPCRouter } from "./trpc";
import { tracesRouter } from "./routers/traces";
import { membersRouter } from "./routers/members";
import { batchExportRouter } from "./routers/batchExport";

export const appRouter = createTRPCRouter({
  traces: tracesRouter,
  members: membersRouter,
  batchExport: batchExportRouter,
});

export type AppRouter = typeof appRouter;
