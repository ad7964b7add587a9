export const environment = {
  production: true,
  apiBase: '/api',
  pollIntervalMs: 15000,
};
