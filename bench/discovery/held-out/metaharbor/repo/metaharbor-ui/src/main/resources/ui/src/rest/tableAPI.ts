/*
 *  Copyright 2022 Collate / Metaharbor Authors.
 *  Licensed under the Apache License, Version 2.0
 */
import { AxiosResponse } from 'axios';
import APIClient from './index';

export interface Table {
  id: string;
  name: string;
  fullyQualifiedName?: string;
  description?: string;
  columns: Array<{ name: string; dataType: string; description?: string }>;
}

export interface Paging {
  after?: string;
  before?: string;
  total: number;
}

const BASE_URL = '/tables';

export const getTableDetailsByFQN = async (fqn: string, fields?: string) => {
  const response = await APIClient.get<Table>(
    `${BASE_URL}/name/${encodeURIComponent(fqn)}`,
    { params: { fields } }
  );

  return response.data;
};

export const getTableList = async (params?: { limit?: number; after?: string }) => {
  const response = await APIClient.get<{ data: Table[]; paging: Paging }>(BASE_URL, {
    params,
  });

  return response.data;
};

export const patchTableDetails = async (id: string, data: unknown) => {
  const configOptions = {
    headers: { 'Content-type': 'application/json-patch+json' },
  };
  const response = await APIClient.patch<unknown, AxiosResponse<Table>>(
    `${BASE_URL}/${id}`,
    data,
    configOptions
  );

  return response.data;
};
