import type { NextApiRequest, NextApiResponse } from "next";
import { z } from "zod";
import { processEventBatch } from "@tracelens/shared/src/server";
import { telemetry } from "@/src/features/telemetry";
import { isRateLimited, verifyAuthHeaderAndReturnScope } from "@/src/features/public-api/server/apiAuth";

export const config = { api: { bodyParser: { sizeLimit: "4.5mb" } } };

const BatchSchema = z.object({
  batch: z.array(z.object({ id: z.string(), type: z.string(), timestamp: z.string(), body: z.record(z.unknown()) })),
  metadata: z.record(z.unknown()).nullish(),
});

// SDKs (Python/JS/OTel) POST event batches here.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();

  const auth = await verifyAuthHeaderAndReturnScope(req.headers.authorization);
  if (!auth.validKey) return res.status(401).json({ message: auth.error });
  if (await isRateLimited(auth.scope.projectId, "ingestion")) return res.status(429).json({ message: "Rate limit exceeded" });

  const parsed = BatchSchema.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ message: "Invalid request data", error: parsed.error.issues });

  await telemetry();
  const result = await processEventBatch(parsed.data.batch as never, auth.scope.projectId);
  return res.status(207).json(result);
}
