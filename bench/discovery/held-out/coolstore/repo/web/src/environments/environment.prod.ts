export const environment = {
  production: true,
  apiBase: '/api',
  pollOrdersMs: 5000,
};
