/*
 * Copyright 2024 Portalyard Platform Team
 */

export { cmdbPlugin as default } from './plugin';
export { CmdbClient } from './service/CmdbClient';
export { readCmdbConfig } from './config';
export type { CmdbConfig } from './config';
export type { ConfigurationItem, NewConfigurationItem } from './types';
