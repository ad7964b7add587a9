/*
 * Copyright 2024 Portalyard Platform Team
 */

import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  portalyard?: {
    cmdb?: {
      /**
       * Base URL of the CMDB REST API, without the /api/v2 suffix.
       */
      baseUrl: string;
      /**
       * Bearer token used to call the CMDB.
       * @visibility secret
       */
      token: string;
      /**
       * How often CI data is re-synced into the plugin database.
       */
      syncSchedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
  };
}
