import type { NextApiRequest, NextApiResponse } from "next";
import { prisma } from "@tracelens/shared/src/db";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  try {
    if (req.query.failIfDatabaseUnavailable === "true") await prisma.$queryRaw`SELECT 1`;
    return res.status(200).json({ status: "OK", version: process.env.BUILD_ID ?? "dev" });
  } catch (e) {
    return res.status(503).json({ status: "Database not available" });
  }
}
