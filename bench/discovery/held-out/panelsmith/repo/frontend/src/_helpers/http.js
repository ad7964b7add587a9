import axios from 'axios';
import { config } from '../config';

export const http = axios.create({ baseURL: config.apiUrl, withCredentials: true, timeout: 30000 });

http.interceptors.response.use(
  (res) => res.data,
  (err) => {
    if (err.response?.status === 401) window.location.assign('/login');
    return Promise.reject(err);
  },
);
