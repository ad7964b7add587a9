/*
 * Copyright 2024 Portalyard Platform Team
 */

import {
  createApiRef,
  DiscoveryApi,
  FetchApi,
} from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';

/**
 * Names of the endpoints configured under `proxy.endpoints` in app-config.yaml.
 * The proxy backend is mounted at `${backend.baseUrl}/api/proxy`.
 */
export const ProxyEndpoints = {
  sonarqube: '/sonarqube',
  pagerduty: '/pagerduty',
} as const;

export type ProxyEndpoint = keyof typeof ProxyEndpoints;

export interface ProxyClientApi {
  get<T>(endpoint: ProxyEndpoint, path: string, query?: Record<string, string>): Promise<T>;
}

export const proxyClientApiRef = createApiRef<ProxyClientApi>({
  id: 'portalyard.proxy-client',
});

export class ProxyClient implements ProxyClientApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async get<T>(
    endpoint: ProxyEndpoint,
    path: string,
    query: Record<string, string> = {},
  ): Promise<T> {
    const proxyBase = await this.discoveryApi.getBaseUrl('proxy');
    const qs = new URLSearchParams(query).toString();
    const url = `${proxyBase}${ProxyEndpoints[endpoint]}${path}${qs ? `?${qs}` : ''}`;
    const response = await this.fetchApi.fetch(url);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
