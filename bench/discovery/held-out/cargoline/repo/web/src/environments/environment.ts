// Used by `ng serve`; requests go through proxy.conf.json to the locally
// running shippingsvc/handlingsvc.
export const environment = {
  production: false,
  apiBase: '/api',
  pollIntervalMs: 5000,
};
