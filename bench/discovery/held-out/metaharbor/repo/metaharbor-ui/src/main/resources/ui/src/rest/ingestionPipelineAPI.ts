/*
 *  Copyright 2022 Collate / Metaharbor Authors.
 *  Licensed under the Apache License, Version 2.0
 */
import APIClient from './index';

const BASE = '/services/ingestionPipelines';

export const getAirflowStatus = async () => {
  const response = await APIClient.get<{ code: number; platform: string; version?: string }>(
    `${BASE}/status`
  );

  return response.data;
};

export const deployIngestionPipelineById = (id: string) =>
  APIClient.post(`${BASE}/deploy/${id}`);

export const triggerIngestionPipelineById = (id: string) =>
  APIClient.post(`${BASE}/trigger/${id}`);

export const killIngestionPipelineById = (id: string) =>
  APIClient.post(`${BASE}/kill/${id}`);

export const getIngestionPipelineLogById = async (id: string) => {
  const response = await APIClient.get(`${BASE}/logs/${id}/last`);

  return response.data;
};
