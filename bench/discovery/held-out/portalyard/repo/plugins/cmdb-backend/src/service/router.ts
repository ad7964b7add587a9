/*
 * Copyright 2024 Portalyard Platform Team
 */

import {
  AuthService,
  HttpAuthService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { CatalogApi } from '@backstage/catalog-client';
import { NotFoundError } from '@backstage/errors';
import express from 'express';
import Router from 'express-promise-router';
import { CmdbClient } from './CmdbClient';
import { CmdbStore } from './CmdbStore';

export const CMDB_CI_ANNOTATION = 'portalyard.io/cmdb-ci';

export interface RouterOptions {
  logger: LoggerService;
  auth: AuthService;
  httpAuth: HttpAuthService;
  client: CmdbClient;
  store: CmdbStore;
  catalog: CatalogApi;
}

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { logger, auth, httpAuth, client, store, catalog } = options;

  const router = Router();
  router.use(express.json());

  router.get('/health', (_, res) => {
    res.json({ status: 'ok' });
  });

  const loadCi = async (ciId: string) => {
    const cached = await store.get(ciId);
    if (cached) return cached;
    logger.debug(`CI ${ciId} not cached, fetching from CMDB`);
    const fresh = await client.getConfigurationItem(ciId);
    await store.upsert([fresh]);
    return fresh;
  };

  router.get('/ci/:ciId', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json(await loadCi(req.params.ciId));
  });

  router.get('/by-entity/:kind/:namespace/:name', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const { kind, namespace, name } = req.params;
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: credentials,
      targetPluginId: 'catalog',
    });
    const entity = await catalog.getEntityByRef(
      { kind, namespace, name },
      { token },
    );
    const ciId = entity?.metadata.annotations?.[CMDB_CI_ANNOTATION];
    if (!ciId) {
      throw new NotFoundError(
        `Entity ${kind}:${namespace}/${name} has no ${CMDB_CI_ANNOTATION} annotation`,
      );
    }
    res.json(await loadCi(ciId));
  });

  return router;
}
