import axios from 'axios';
import { getAccessToken } from '../utils/auth';

// All API calls go through API Management; APIM injects the function keys.
const http = axios.create({
  baseURL: process.env.VUE_APP_API_BASE_URL,
  timeout: 15000
});

http.interceptors.request.use(async (config) => {
  const token = await getAccessToken();
  if (token) config.headers.Authorization = `Bearer ${token}`;
  if (process.env.VUE_APP_APIM_SUBSCRIPTION_KEY) {
    config.headers['Ocp-Apim-Subscription-Key'] = process.env.VUE_APP_APIM_SUBSCRIPTION_KEY;
  }
  return config;
});

export default http;
