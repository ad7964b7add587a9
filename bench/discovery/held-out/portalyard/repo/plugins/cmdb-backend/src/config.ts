/*
 * Copyright 2024 Portalyard Platform Team
 */

import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';

export const CMDB_CONFIG_KEY = 'portalyard.cmdb';
export const CMDB_API_PREFIX = '/api/v2';

const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 30 },
  timeout: { minutes: 5 },
  initialDelay: { seconds: 45 },
};

export interface CmdbConfig {
  /** Fully resolved API root, e.g. https://cmdb.example/api/v2 */
  apiUrl: string;
  token: string;
  schedule: SchedulerServiceTaskScheduleDefinition;
}

export function readCmdbConfig(rootConfig: Config): CmdbConfig {
  const config = rootConfig.getConfig(CMDB_CONFIG_KEY);
  const baseUrl = config.getString('baseUrl').replace(/\/+$/, '');

  return {
    apiUrl: `${baseUrl}${CMDB_API_PREFIX}`,
    token: config.getString('token'),
    schedule: config.has('syncSchedule')
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
          config.getConfig('syncSchedule'),
        )
      : DEFAULT_SCHEDULE,
  };
}
