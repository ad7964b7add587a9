/**
 * This file contains the root router of your tRPC-backend
 */
import { router, authedProcedure, publicProcedure } from "../trpc";
import { getBookingsHandler } from "./viewer/bookings/get.handler";
import { z } from "zod";

import prisma from "@slotbook/prisma";

export const bookingsRouter = router({
  get: authedProcedure
    .input(
      z.object({
        filters: z.object({ status: z.enum(["upcoming", "recurring", "past", "cancelled", "unconfirmed"]) }),
        limit: z.number().min(1).max(100).nullish(),
        cursor: z.number().nullish(),
      })
    )
    .query(({ ctx, input }) => getBookingsHandler({ ctx, input })),
});

export const meRouter = router({
  get: authedProcedure.query(({ ctx }) => ctx.user),
});

export const webhookRouter = router({
  list: authedProcedure.query(({ ctx }) =>
    prisma.webhook.findMany({ where: { userId: ctx.user.id } })
  ),
});

export const publicViewerRouter = router({
  session: publicProcedure.query(({ ctx }) => ctx.session),
});

export const viewerRouter = router({
  public: publicViewerRouter,
  me: meRouter,
  bookings: bookingsRouter,
  webhook: webhookRouter,
});

/**
 * Create server-side API router.
 */
export const appRouter = router({
  viewer: viewerRouter,
});

// export type definition of API
export type AppRouter = typeof appRouter;
