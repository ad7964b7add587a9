/*
 * Copyright 2024 Portalyard Platform Team
 */

import { CompoundEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { CmdbApi, ConfigurationItem } from './CmdbApi';

/**
 * Talks to the cmdb backend plugin (mounted at /api/cmdb on the portal backend).
 */
export class CmdbClient implements CmdbApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async getForEntity(ref: CompoundEntityRef): Promise<ConfigurationItem> {
    const baseUrl = await this.discoveryApi.getBaseUrl('cmdb');
    const path = [ref.kind, ref.namespace, ref.name]
      .map(encodeURIComponent)
      .join('/');
    const response = await this.fetchApi.fetch(`${baseUrl}/by-entity/${path}`);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.json();
  }
}
