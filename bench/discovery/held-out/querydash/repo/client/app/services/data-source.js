import { axios } from "@/services/axios";

const DataSource = {
  query: () => axios.get("api/data_sources"),
  get: ({ id }) => axios.get(`api/data_sources/${id}`),
  types: () => axios.get("api/data_sources/types"),
  create: data => axios.post("api/data_sources", data),
  save: data => axios.post(`api/data_sources/${data.id}`, data),
  test: ({ id }) => axios.post(`api/data_sources/${id}/test`),
  fetchSchema: (dataSource, refresh = false) =>
    axios.get(`api/data_sources/${dataSource.id}/schema`, { params: refresh ? { refresh: true } : {} }),
};

export default DataSource;
