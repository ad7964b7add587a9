/*
 * Copyright 2024 Portalyard Platform Team
 */

import { LoggerService } from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import { CmdbConfig } from '../config';
import {
  CmdbPage,
  ConfigurationItem,
  NewConfigurationItem,
} from '../types';

/**
 * Thin client for the CMDB REST API (v2).
 */
export class CmdbClient {
  private readonly apiUrl: string;
  private readonly token: string;
  private readonly logger: LoggerService;

  constructor(options: { config: CmdbConfig; logger: LoggerService }) {
    this.apiUrl = options.config.apiUrl;
    this.token = options.config.token;
    this.logger = options.logger;
  }

  async getConfigurationItem(ciId: string): Promise<ConfigurationItem> {
    return this.request<ConfigurationItem>(
      `/configuration-items/${encodeURIComponent(ciId)}`,
    );
  }

  async *listConfigurationItems(
    updatedSince?: string,
  ): AsyncGenerator<ConfigurationItem> {
    let cursor: string | undefined;
    do {
      const params = new URLSearchParams({ limit: '200', class: 'software' });
      if (cursor) params.set('cursor', cursor);
      if (updatedSince) params.set('updated_since', updatedSince);

      const page = await this.request<CmdbPage<ConfigurationItem>>(
        `/configuration-items?${params}`,
      );
      for (const item of page.items) {
        yield item;
      }
      cursor = page.nextCursor;
    } while (cursor);
  }

  async createConfigurationItem(
    item: NewConfigurationItem,
  ): Promise<ConfigurationItem> {
    this.logger.info(`Creating CMDB configuration item ${item.name}`);
    return this.request<ConfigurationItem>('/configuration-items', {
      method: 'POST',
      body: JSON.stringify({
        name: item.name,
        class: 'software',
        tier: item.tier,
        owner_group: item.ownerGroup,
        source_repository: item.sourceRepository,
        created_by: item.createdBy,
        status: 'planned',
      }),
    });
  }

  private async request<T>(path: string, init: RequestInit = {}): Promise<T> {
    const url = `${this.apiUrl}${path}`;
    const response = await fetch(url, {
      ...init,
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: `Bearer ${this.token}`,
        ...init.headers,
      },
    });

    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
