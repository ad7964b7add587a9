import { prisma } from "@tracelens/shared/src/db";
import { env } from "@/src/env.mjs";

// Anonymous usage statistics of self-hosted instances (counts only, no content).
// Disable with TRACELENS_TELEMETRY_ENABLED=false.
const TELEMETRY_HOST = "https://eu.i.posthog.com";
const TELEMETRY_PROJECT_KEY = "phc_placeholder_changeme";

export async function telemetry() {
  if (env.TRACELENS_TELEMETRY_ENABLED === "false" || env.NEXT_PUBLIC_TRACELENS_CLOUD_REGION) return;
  try {
    const [projects, users] = await Promise.all([prisma.project.count(), prisma.user.count()]);
    await fetch(`${TELEMETRY_HOST}/capture/`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        api_key: TELEMETRY_PROJECT_KEY,
        event: "tracelens-self-hosted-usage",
        distinct_id: "docker:" + (process.env.HOSTNAME ?? "unknown"),
        properties: { projects, users, version: process.env.BUILD_ID },
      }),
    });
  } catch {
    // never fail a request because of telemetry
  }
}
