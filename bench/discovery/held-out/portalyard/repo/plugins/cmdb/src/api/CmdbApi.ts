/*
 * Copyright 2024 Portalyard Platform Team
 */

import { createApiRef } from '@backstage/core-plugin-api';
import { CompoundEntityRef } from '@backstage/catalog-model';

export interface ConfigurationItem {
  id: string;
  name: string;
  tier: 'tier-1' | 'tier-2' | 'tier-3';
  ownerGroup: string;
  onCallGroup?: string;
  costCentre?: string;
  status: string;
  updatedAt: string;
}

export interface CmdbApi {
  getForEntity(ref: CompoundEntityRef): Promise<ConfigurationItem>;
}

export const cmdbApiRef = createApiRef<CmdbApi>({
  id: 'plugin.cmdb.service',
});
