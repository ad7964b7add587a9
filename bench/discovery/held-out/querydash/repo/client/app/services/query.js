import { axios } from "@/services/axios";
import { each, extend } from "lodash";

const POLL_INTERVAL_MS = 1000;

const QueryService = {
  query: params => axios.get("api/queries", { params }),
  get: ({ id }) => axios.get(`api/queries/${id}`),
  save: data => {
    const url = data.id ? `api/queries/${data.id}` : "api/queries";
    return axios.post(url, data);
  },
  delete: ({ id }) => axios.delete(`api/queries/${id}`),
  refresh: ({ id, parameters }) => axios.post(`api/queries/${id}/refresh`, null, { params: parameters }),
};

export function executeQuery(dataSourceId, queryText, parameters = {}, maxAge = 0) {
  return axios.post("api/query_results", {
    data_source_id: dataSourceId,
    query: queryText,
    max_age: maxAge,
    parameters,
  });
}

export function pollJob(jobId) {
  return new Promise((resolve, reject) => {
    const tick = () =>
      axios
        .get(`api/jobs/${jobId}`)
        .then(({ job }) => {
          if (job.status === 3) resolve(job.result);
          else if (job.status === 4) reject(new Error(job.error));
          else setTimeout(tick, POLL_INTERVAL_MS);
        })
        .catch(reject);
    tick();
  });
}

export function getQueryResult(queryResultId) {
  return axios.get(`api/query_results/${queryResultId}`);
}

export function mergeParameters(target, source) {
  const result = extend({}, target);
  each(source, (v, k) => {
    result[k] = v;
  });
  return result;
}

export default QueryService;
