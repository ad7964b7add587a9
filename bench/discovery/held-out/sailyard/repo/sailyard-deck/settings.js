'use strict';

// Runtime settings. In the container this file is replaced by settings-local.js / the
// deck ConfigMap, which sets API_HOST to gate's externally reachable address.
const gateHost = process.env.API_HOST || 'http://localhost:8084';
const authEnabled = process.env.AUTH_ENABLED === 'true';
const canaryEnabled = process.env.CANARY_ENABLED !== 'false';

window.sailyardSettings = {
  gateUrl: gateHost,
  authEnabled,
  authEndpoint: `${gateHost}/auth/user`,
  bakeryDetailUrl: `${gateHost}/bakery/logs/{{context.region}}/{{context.status.resourceId}}`,
  defaultProviders: ['kubernetes', 'dockerRegistry'],
  feature: {
    canary: canaryEnabled,
    managedDelivery: false,
    pipelineTemplates: true,
    slack: true,
  },
  canary: {
    // canary UI talks to kayenta through gate's /proxies/canary route
    reduxLogger: false,
    defaultJudge: 'NetflixACAJudge-v1.0',
    metricsAccountName: 'prometheus',
    storageAccountName: 'canary-store',
  },
  notifications: {
    email: { enabled: false },
    slack: { enabled: true, botName: 'sailyard' },
  },
};
