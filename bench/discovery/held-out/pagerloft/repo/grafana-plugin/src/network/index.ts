import axios, { AxiosError } from 'axios';
import qs from 'qs';

import { PLUGIN_ID } from 'utils/consts';

// All engine calls go through Grafana's plugin proxy, which forwards them to the
// `pagerloftApiUrl` configured in the plugin's jsonData (see plugin.json "routes").
export const API_PROXY_PREFIX = `api/plugin-proxy/${PLUGIN_ID}`;
export const API_PATH_PREFIX = '/api/internal/v1';

const instance = axios.create({ timeout: 30000 });

interface RequestConfig {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  params?: Record<string, unknown>;
  data?: unknown;
}

export const getApiUrl = (path: string): string => `${window.location.origin}/${API_PROXY_PREFIX}${API_PATH_PREFIX}${path}`;

export const makeRequest = async <T = unknown>(path: string, config: RequestConfig = {}): Promise<T> => {
  const { method = 'GET', params, data } = config;
  try {
    const response = await instance({
      method,
      url: getApiUrl(path),
      params,
      data,
      paramsSerializer: (p) => qs.stringify(p, { arrayFormat: 'repeat' }),
      headers: { 'Content-Type': 'application/json' },
    });
    return response.data as T;
  } catch (e) {
    const err = e as AxiosError;
    if (err.response?.status === 502) {
      // engine is not reachable from Grafana (wrong pagerloftApiUrl?)
      console.warn('[Pagerloft] engine unreachable through plugin proxy');
    }
    throw err;
  }
};

export const isNetworkError = (e: unknown): boolean => axios.isAxiosError(e) && !e.response;
