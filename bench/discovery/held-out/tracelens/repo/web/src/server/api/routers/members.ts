import { z } from "zod";
import { sendMembershipInvitationEmail } from "@tracelens/shared/src/server";
import { env } from "@/src/env.mjs";
import { createTRPCRouter, protectedProcedure } from "../trpc";

export const membersRouter = createTRPCRouter({
  invite: protectedProcedure
    .input(z.object({ orgId: z.string(), email: z.string().email(), role: z.enum(["OWNER", "ADMIN", "MEMBER", "VIEWER"]) }))
    .mutation(async ({ ctx, input }) => {
      const org = await ctx.prisma.organization.findUniqueOrThrow({ where: { id: input.orgId } });
      const existing = await ctx.prisma.user.findUnique({ where: { email: input.email.toLowerCase() } });
      if (existing) {
        await ctx.prisma.membership.create({ data: { orgId: org.id, userId: existing.id, role: input.role } });
      }
      await sendMembershipInvitationEmail({
        to: input.email,
        inviterName: ctx.session.user.name ?? "A team member",
        orgName: org.name,
        baseUrl: env.NEXTAUTH_URL,
      });
    }),
});
