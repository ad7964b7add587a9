import { createHash } from "crypto";
import { prisma } from "@tracelens/shared/src/db";
import { redis } from "@tracelens/shared/src/server";
import { env } from "@/src/env.mjs";

export type AuthHeaderVerificationResult =
  | { validKey: true; scope: { projectId: string; accessLevel: "all" | "scores" } }
  | { validKey: false; error: string };

const CACHE_PREFIX = "api-key:";

/**
 * Basic auth with publicKey:secretKey. Valid keys are cached in Redis so that the
 * ingestion hot path does not hit Postgres on every request.
 */
export async function verifyAuthHeaderAndReturnScope(authHeader: string | undefined): Promise<AuthHeaderVerificationResult> {
  if (!authHeader?.startsWith("Basic ")) return { validKey: false, error: "No authorization header" };
  const [publicKey, secretKey] = Buffer.from(authHeader.slice(6), "base64").toString().split(":");
  if (!publicKey || !secretKey) return { validKey: false, error: "Malformed authorization header" };

  const fastHash = createHash("sha256").update(`${secretKey}${env.SALT}`).digest("hex");

  if (env.TRACELENS_CACHE_API_KEY_ENABLED === "true" && redis) {
    const cached = await redis.get(`${CACHE_PREFIX}${fastHash}`);
    if (cached) {
      const { projectId } = JSON.parse(cached) as { projectId: string };
      return { validKey: true, scope: { projectId, accessLevel: "all" } };
    }
  }

  const apiKey = await prisma.apiKey.findUnique({ where: { fastHashedSecretKey: fastHash } });
  if (!apiKey || apiKey.publicKey !== publicKey) return { validKey: false, error: "Invalid credentials" };

  if (env.TRACELENS_CACHE_API_KEY_ENABLED === "true" && redis) {
    await redis.set(
      `${CACHE_PREFIX}${fastHash}`,
      JSON.stringify({ projectId: apiKey.projectId }),
      "EX",
      env.TRACELENS_CACHE_API_KEY_TTL_SECONDS,
    );
  }
  return { validKey: true, scope: { projectId: apiKey.projectId, accessLevel: "all" } };
}

/** Fixed-window rate limit per project and resource, stored in Redis. */
export async function isRateLimited(projectId: string, resource: "ingestion" | "public-api", limitPerMinute = 1000) {
  if (env.TRACELENS_RATE_LIMITS_ENABLED !== "true" || !redis) return false;
  const key = `rate-limit:${resource}:${projectId}:${Math.floor(Date.now() / 60_000)}`;
  const count = await redis.incr(key);
  if (count === 1) await redis.expire(key, 60);
  return count > limitPerMinute;
}
