import axios, { AxiosError, AxiosResponse, InternalAxiosRequestConfig } from 'axios';

import { LOCALSTORAGE } from '../constants/localStorage';
import ENVIRONMENT, { apiAlertManager, apiV1, apiV3 } from '../constants/env';

const interceptorsRequestResponse = (
	value: InternalAxiosRequestConfig,
): InternalAxiosRequestConfig => {
	const token = localStorage.getItem(LOCALSTORAGE.AUTH_TOKEN) || '';
	if (value && value.headers) {
		value.headers.Authorization = token ? `Bearer ${token}` : '';
	}
	return value;
};

const interceptorRejected = async (error: AxiosError): Promise<AxiosResponse> => {
	if (error.response?.status === 401) {
		localStorage.removeItem(LOCALSTORAGE.AUTH_TOKEN);
		window.location.href = '/login';
	}
	return Promise.reject(error);
};

const instance = axios.create({
	baseURL: `${ENVIRONMENT.baseURL}${apiV1}`,
});
instance.interceptors.request.use(interceptorsRequestResponse);
instance.interceptors.response.use((r) => r, interceptorRejected);

export const ApiV3Instance = axios.create({
	baseURL: `${ENVIRONMENT.baseURL}${apiV3}`,
});
ApiV3Instance.interceptors.request.use(interceptorsRequestResponse);

// Goes through nginx to the alertmanager service (see conf/default.conf).
export const AxiosAlertManagerInstance = axios.create({
	baseURL: `${ENVIRONMENT.baseURL}${apiAlertManager}`,
});

export default instance;
