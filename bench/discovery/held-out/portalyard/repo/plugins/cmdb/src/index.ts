/*
 * Copyright 2024 Portalyard Platform Team
 */

export { cmdbPlugin, EntityServiceTierCard } from './plugin';
export { cmdbApiRef } from './api/CmdbApi';
export type { CmdbApi, ConfigurationItem } from './api/CmdbApi';
