import { PostHog } from "posthog-node"
import env from "../environment"

/**
 * Anonymous product analytics. Self-hosted installs ship with ENABLE_ANALYTICS=false
 * and no POSTHOG_TOKEN, so the client is never constructed.
 */
let client: PostHog | undefined

export function enabled() {
  if (env.SELF_HOSTED && env.ENABLE_ANALYTICS !== "true") {
    return false
  }
  return !!env.POSTHOG_TOKEN && !env.isTest()
}

function getClient() {
  if (!client && enabled()) {
    client = new PostHog(env.POSTHOG_TOKEN!, { host: env.POSTHOG_API_HOST })
  }
  return client
}

export async function identify(distinctId: string, properties: Record<string, any> = {}) {
  const posthog = getClient()
  if (!posthog) return
  posthog.identify({ distinctId, properties })
}

export async function publishEvent(event: string, properties: Record<string, any>, distinctId: string) {
  const posthog = getClient()
  if (!posthog) return
  posthog.capture({
    distinctId,
    event,
    properties: { ...properties, version: env.VERSION, service: env.SERVICE_NAME },
  })
}

export async function shutdown() {
  await client?.shutdown()
}
