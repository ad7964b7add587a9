import { http } from '../_helpers/http';

export const appService = {
  list: () => http.get('/apps'),
  get: (id) => http.get(`/apps/${id}`),
  create: (app) => http.post('/apps', app),
  update: (id, app) => http.put(`/apps/${id}`, app),
  remove: (id) => http.delete(`/apps/${id}`),
  triggerWorkflow: (id, params) => http.post(`/workflows/${id}/trigger`, { params }),
  runQuery: (kind, options, query) => http.post(`/data-sources/${kind}/run`, { options, query }),
};
