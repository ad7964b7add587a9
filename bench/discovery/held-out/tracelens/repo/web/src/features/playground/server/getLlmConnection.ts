import { createDecipheriv } from "crypto";
import { prisma } from "@tracelens/shared/src/db";
import type { LLMConnection } from "@tracelens/shared/src/server";
import { env } from "@/src/env.mjs";

function decrypt(payload: string): string {
  if (!env.ENCRYPTION_KEY) throw new Error("ENCRYPTION_KEY must be set to use LLM connections");
  const [iv, data, tag] = payload.split(":");
  const decipher = createDecipheriv("aes-256-gcm", Buffer.from(env.ENCRYPTION_KEY, "hex"), Buffer.from(iv!, "hex"));
  decipher.setAuthTag(Buffer.from(tag!, "hex"));
  return decipher.update(data!, "hex", "utf8") + decipher.final("utf8");
}

export async function getLlmConnection(projectId: string, provider: string): Promise<LLMConnection & { adapter: string }> {
  const key = await prisma.llmApiKeys.findUniqueOrThrow({ where: { projectId_provider: { projectId, provider } } });
  return { apiKey: decrypt(key.secretKey), baseURL: key.baseURL, adapter: key.adapter };
}
