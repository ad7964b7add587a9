/*
 * Copyright 2024 Portalyard Platform Team
 */

import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node/alpha';
import { CmdbClient, readCmdbConfig } from '@portalyard/plugin-cmdb-backend';
import { createCmdbRegisterAction } from './actions/cmdbRegister';

/**
 * Registers Portalyard specific scaffolder actions.
 *
 * The CMDB client is constructed from the same `portalyard.cmdb` config block that the
 * cmdb backend plugin uses, so both talk to the same CMDB instance.
 */
export default createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'portalyard-cmdb-actions',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
      },
      async init({ scaffolder, config, logger }) {
        const cmdbConfig = readCmdbConfig(config);
        const client = new CmdbClient({ config: cmdbConfig, logger });
        scaffolder.addActions(createCmdbRegisterAction({ client }));
      },
    });
  },
});
