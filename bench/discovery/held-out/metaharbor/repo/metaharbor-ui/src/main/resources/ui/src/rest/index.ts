/*
 *  Copyright 2022 Collate / Metaharbor Authors.
 *  Licensed under the Apache License, Version 2.0
 */
import axios from 'axios';
import Qs from 'qs';

export const APIClient = axios.create({
  baseURL: '/api/v1',
  paramsSerializer: (params) => Qs.stringify(params, { arrayFormat: 'comma' }),
});

APIClient.interceptors.request.use((config) => {
  const token = localStorage.getItem('oidcIdToken');
  if (token && config.headers) {
    config.headers.Authorization = `Bearer ${token}`;
  }

  return config;
});

export default APIClient;
