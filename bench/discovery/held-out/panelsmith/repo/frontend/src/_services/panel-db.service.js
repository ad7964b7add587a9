import { http } from '../_helpers/http';

// All Panelsmith DB traffic goes via the server proxy, never to PostgREST directly.
export const panelDbService = {
  listTables: (orgId) => http.get(`/panel-db/${orgId}/tables`),
  createTable: (orgId, tableName, columns) => http.post(`/panel-db/${orgId}/table`, { table_name: tableName, columns }),
  dropTable: (orgId, name) => http.delete(`/panel-db/${orgId}/table/${name}`),
  findRows: (orgId, table, query = '') => http.get(`/panel-db/${orgId}/proxy/${table}${query}`),
  insertRow: (orgId, table, row) => http.post(`/panel-db/${orgId}/proxy/${table}`, row),
};
