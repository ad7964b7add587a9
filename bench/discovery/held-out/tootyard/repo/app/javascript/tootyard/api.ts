import type { AxiosResponse, Method, RawAxiosRequestHeaders } from 'axios';
import axios from 'axios';
import LinkHeader from 'http-link-header';

import { getAccessToken } from './initial_state';

export const getLinks = (response: AxiosResponse) => {
  const value = response.headers.link as string | undefined;
  if (!value) return new LinkHeader();
  return LinkHeader.parse(value);
};

const csrfHeader: RawAxiosRequestHeaders = {};

const setCSRFHeader = () => {
  const csrfToken = document.querySelector<HTMLMetaElement>('meta[name=csrf-token]');
  if (csrfToken) {
    csrfHeader['X-CSRF-Token'] = csrfToken.content;
  }
};

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', setCSRFHeader);
} else {
  setCSRFHeader();
}

const authorizationTokenFromInitialState = (): RawAxiosRequestHeaders => {
  const accessToken = getAccessToken();
  if (!accessToken) return {};
  return { Authorization: `Bearer ${accessToken}` };
};

// eslint-disable-next-line import/no-default-export
export default function api(withAuthorization = true) {
  return axios.create({
    transitional: { clarifyTimeoutError: true },
    // Same-origin: requests go to the Rails app (through nginx in production)
    headers: {
      ...csrfHeader,
      ...(withAuthorization ? authorizationTokenFromInitialState() : {}),
    },
    transformResponse: [
      function (data: unknown) {
        try {
          return JSON.parse(data as string) as unknown;
        } catch {
          return data;
        }
      },
    ],
  });
}

type ApiUrl = `v${1 | 2}/${string}`;
type RequestParamsOrData = Record<string, unknown>;

export async function apiRequest<ApiResponse = unknown>(method: Method, url: ApiUrl, args: { params?: RequestParamsOrData; data?: RequestParamsOrData } = {}) {
  const { data } = await api().request<ApiResponse>({ method, url: '/api/' + url, data: args.data, params: args.params });
  return data;
}

export const apiRequestGet = <T = unknown>(url: ApiUrl, params?: RequestParamsOrData) => apiRequest<T>('GET', url, { params });
export const apiRequestPost = <T = unknown>(url: ApiUrl, data?: RequestParamsOrData) => apiRequest<T>('POST', url, { data });
export const apiRequestDelete = <T = unknown>(url: ApiUrl, params?: RequestParamsOrData) => apiRequest<T>('DELETE', url, { params });
