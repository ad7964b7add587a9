import { createDecipheriv } from "crypto";
import { PostHog } from "posthog-node";
import { prisma } from "@tracelens/shared/src/db";
import { logger, queryClickhouse } from "@tracelens/shared/src/server";
import { env } from "../../env";

const decrypt = (payload: string) => {
  const [iv, data, tag] = payload.split(":");
  const d = createDecipheriv("aes-256-gcm", Buffer.from(env.ENCRYPTION_KEY!, "hex"), Buffer.from(iv!, "hex"));
  d.setAuthTag(Buffer.from(tag!, "hex"));
  return d.update(data!, "hex", "utf8") + d.final("utf8");
};

/**
 * Customer-facing integration: pushes the project's trace/generation events into the
 * customer's own PostHog project (host is usually https://us.i.posthog.com or eu).
 */
export async function handlePostHogIntegrationProjectJob(projectId: string) {
  const integration = await prisma.posthogIntegration.findUniqueOrThrow({ where: { projectId } });
  const since = integration.lastSyncAt ?? new Date(Date.now() - 24 * 3600 * 1000);
  const until = new Date();

  const posthog = new PostHog(decrypt(integration.encryptedApiKey), {
    host: integration.posthogHostName,
    flushAt: 1000,
    flushInterval: 0,
  });

  const traces = await queryClickhouse<{ id: string; name: string; user_id: string | null; timestamp: string }>(
    `SELECT id, name, user_id, timestamp FROM traces FINAL
     WHERE project_id = {projectId: String} AND timestamp >= {since: DateTime64(3)} AND timestamp < {until: DateTime64(3)}`,
    { projectId, since: since.toISOString().replace("Z", ""), until: until.toISOString().replace("Z", "") },
  );

  for (const t of traces) {
    posthog.capture({
      distinctId: t.user_id ?? "tracelens_unknown_user",
      event: "tracelens trace",
      timestamp: new Date(t.timestamp),
      properties: { tracelens_trace_id: t.id, tracelens_trace_name: t.name, $process_person_profile: !!t.user_id },
    });
  }
  await posthog.shutdown();
  await prisma.posthogIntegration.update({ where: { projectId }, data: { lastSyncAt: until } });
  logger.info(`PostHog sync for ${projectId}: ${traces.length} traces`);
}
