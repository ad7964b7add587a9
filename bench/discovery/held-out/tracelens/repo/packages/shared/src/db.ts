import { PrismaClient } from "@prisma/client";
import { env } from "./env";

// Prisma reads DATABASE_URL (and DIRECT_URL for migrations) from prisma/schema.prisma.
const createPrismaInstance = () =>
  new PrismaClient({
    log: env.NODE_ENV === "development" ? ["query", "error", "warn"] : ["error"],
  });

const globalForPrisma = globalThis as unknown as { prisma: PrismaClient | undefined };

export const prisma = globalForPrisma.prisma ?? createPrismaInstance();

if (env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;

export * from "@prisma/client";
