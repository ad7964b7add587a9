import axiosLib from "axios";
import { get, includes } from "lodash";

// All API calls are same-origin relative URLs served by the Flask `server` (via nginx).
export const axios = axiosLib.create({
  paramsSerializer: params => new URLSearchParams(params).toString(),
  xsrfCookieName: "csrf_token",
  xsrfHeaderName: "X-CSRF-TOKEN",
});

const getData = ({ data }) => data;

axios.interceptors.response.use(getData);

axios.interceptors.request.use(config => {
  const apiKey = get(window, "__REDASH_API_KEY__");
  if (apiKey && !includes(config.url, "api_key")) {
    config.headers.Authorization = `Key ${apiKey}`;
  }
  return config;
});
