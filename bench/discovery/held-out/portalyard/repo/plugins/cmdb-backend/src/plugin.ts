/*
 * Copyright 2024 Portalyard Platform Team
 */

import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node/alpha';
import { readCmdbConfig } from './config';
import { CmdbClient } from './service/CmdbClient';
import { CmdbStore } from './service/CmdbStore';
import { createRouter } from './service/router';

/**
 * cmdbPlugin backend plugin
 *
 * @public
 */
export const cmdbPlugin = createBackendPlugin({
  pluginId: 'cmdb',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        auth: coreServices.auth,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
      },
      async init({
        config,
        logger,
        auth,
        httpAuth,
        httpRouter,
        database,
        scheduler,
        catalog,
      }) {
        const cmdbConfig = readCmdbConfig(config);
        const client = new CmdbClient({ config: cmdbConfig, logger });
        const store = await CmdbStore.create(database);

        await scheduler.scheduleTask({
          id: 'cmdb-sync',
          ...cmdbConfig.schedule,
          fn: async () => {
            const since = await store.lastUpdatedAt();
            let batch = [];
            let total = 0;
            for await (const item of client.listConfigurationItems(since)) {
              batch.push(item);
              if (batch.length >= 200) {
                await store.upsert(batch);
                total += batch.length;
                batch = [];
              }
            }
            await store.upsert(batch);
            total += batch.length;
            logger.info(`CMDB sync finished, ${total} configuration items updated`);
          },
        });

        httpRouter.use(
          await createRouter({ logger, auth, httpAuth, client, store, catalog }),
        );
        httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });
      },
    });
  },
});
