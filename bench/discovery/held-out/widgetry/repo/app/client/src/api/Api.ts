import axios, { AxiosInstance, AxiosRequestConfig, AxiosResponse } from "axios";

// All API calls are relative: in production Caddy serves this bundle and proxies /api to the
// server on the same origin.
export const REQUEST_TIMEOUT_MS = 20000;
export const API_BASE_URL = "/api/v1/";

export interface ApiResponse<T = unknown> {
  responseMeta: { status: number; success: boolean; error?: { code: string; message: string } };
  data: T;
}

export const apiClient: AxiosInstance = axios.create({
  baseURL: API_BASE_URL,
  timeout: REQUEST_TIMEOUT_MS,
  headers: { "Content-Type": "application/json", "X-Requested-By": "Widgetry" },
  withCredentials: true,
});

apiClient.interceptors.response.use(
  (response: AxiosResponse) => response.data,
  (error) => {
    if (error.response?.status === 401 && !window.location.pathname.startsWith("/user/login")) {
      window.location.href = `/user/login?redirectUrl=${encodeURIComponent(window.location.href)}`;
    }
    return Promise.reject(error);
  },
);

class Api {
  static get<T>(url: string, params?: unknown, config: AxiosRequestConfig = {}) {
    return apiClient.get<T, ApiResponse<T>>(url, { params, ...config });
  }
  static post<T>(url: string, body?: unknown, params?: unknown, config: AxiosRequestConfig = {}) {
    return apiClient.post<T, ApiResponse<T>>(url, body, { params, ...config });
  }
  static put<T>(url: string, body?: unknown, params?: unknown, config: AxiosRequestConfig = {}) {
    return apiClient.put<T, ApiResponse<T>>(url, body, { params, ...config });
  }
  static delete<T>(url: string, params?: unknown, config: AxiosRequestConfig = {}) {
    return apiClient.delete<T, ApiResponse<T>>(url, { params, ...config });
  }
}

export default Api;
