// Runtime settings for the console. In containers this file is regenerated at startup from
// LAUNCHPAD_* environment variables by /docker-entrypoint.d/40-settings.sh (see Dockerfile).
// The browser calls portal directly; the console container itself never proxies API calls.

const portalUrl = process.env.LAUNCHPAD_PORTAL_URL || 'http://localhost:8084';
const authEnabled = process.env.LAUNCHPAD_AUTH_ENABLED === 'true';
const canaryEnabled = process.env.LAUNCHPAD_CANARY_ENABLED !== 'false';

window.launchpadSettings = {
  portalUrl,
  authEnabled,
  authEndpoint: `${portalUrl}/auth/user`,
  bakeryDetailUrl: `${portalUrl}/bakery/logs/{{context.region}}/{{context.status.resourceId}}`,
  defaultProviders: ['aws', 'kubernetes'],
  defaultTimeZone: 'America/Los_Angeles',
  feature: {
    canary: canaryEnabled,
    wardenEnabled: authEnabled,
    managedPipelineTemplatesV2UI: true,
    pipelineTemplates: true,
    slack: true,
  },
  notifications: {
    email: { enabled: true },
    slack: { enabled: true, botName: 'launchpad' },
    pagerDuty: { enabled: false },
  },
  pollSchedule: 30000,
  providers: {
    aws: { defaults: { account: 'test', region: 'us-west-2' } },
    kubernetes: { defaults: { account: 'prod-k8s' } },
  },
};
