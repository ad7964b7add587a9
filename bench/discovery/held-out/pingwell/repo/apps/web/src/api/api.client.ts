import axios from 'axios';
import { io, Socket } from 'socket.io-client';
import { API_ROOT, WS_URL } from '../config';

export const api = axios.create({
  baseURL: `${API_ROOT}/v1`,
  withCredentials: true,
});

api.interceptors.request.use((req) => {
  const token = localStorage.getItem('auth_token');
  if (token) req.headers.Authorization = `Bearer ${token}`;
  return req;
});

api.interceptors.response.use(
  (res) => res.data?.data ?? res.data,
  (err) => {
    if (err.response?.status === 401) {
      localStorage.removeItem('auth_token');
      window.location.assign('/auth/login');
    }
    return Promise.reject(err.response?.data ?? err);
  }
);

export const getWorkflows = () => api.get('/workflows');
export const getActivity = (page = 0) => api.get('/notifications', { params: { page } });
export const getUploadUrl = (extension: string) => api.get('/storage/upload-url', { params: { extension } });

let socket: Socket | undefined;

/** Live inbox preview in the dashboard's in-app editor. */
export function connectInboxSocket(subscriberToken: string, onEvent: (event: string, data: unknown) => void) {
  socket?.disconnect();
  socket = io(WS_URL, { transports: ['websocket'], auth: { token: subscriberToken } });
  socket.onAny(onEvent);
  return () => socket?.disconnect();
}
