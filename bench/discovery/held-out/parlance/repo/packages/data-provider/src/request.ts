import axios, { AxiosRequestConfig } from 'axios';

let token = '';

export function setTokenHeader(t: string) {
  token = t;
  axios.defaults.headers.common['Authorization'] = 'Bearer ' + t;
}

export const getToken = () => token;

async function _get<T>(url: string, options?: AxiosRequestConfig): Promise<T> {
  const response = await axios.get(url, { ...options });
  return response.data;
}

async function _post(url: string, data?: unknown) {
  const response = await axios.post(url, JSON.stringify(data), {
    headers: { 'Content-Type': 'application/json' },
  });
  return response.data;
}

async function _delete<T>(url: string): Promise<T> {
  const response = await axios.delete(url);
  return response.data;
}

export default { get: _get, post: _post, delete: _delete, getToken, setTokenHeader };
