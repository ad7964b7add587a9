/*
 * Copyright 2024 Portalyard Platform Team
 */

export type ServiceTier = 'tier-1' | 'tier-2' | 'tier-3';

export interface ConfigurationItem {
  id: string;
  name: string;
  tier: ServiceTier;
  ownerGroup: string;
  onCallGroup?: string;
  costCentre?: string;
  sourceRepository?: string;
  status: 'planned' | 'operational' | 'retired';
  updatedAt: string;
}

export interface NewConfigurationItem {
  name: string;
  tier: ServiceTier;
  ownerGroup: string;
  sourceRepository: string;
  createdBy: string;
}

export interface CmdbPage<T> {
  items: T[];
  nextCursor?: string;
}
