// Used by `ng serve`; API calls are proxied by proxy.conf.json to the locally running gateway.
export const environment = {
  production: false,
  apiBase: '/api',
  pollOrdersMs: 2000,
};
