/*
 * Copyright 2024 Portalyard Platform Team
 */

import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { cmdbApiRef } from './api/CmdbApi';
import { CmdbClient } from './api/CmdbClient';

export const cmdbPlugin = createPlugin({
  id: 'cmdb',
  apis: [
    createApiFactory({
      api: cmdbApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new CmdbClient({ discoveryApi, fetchApi }),
    }),
  ],
});

export const EntityServiceTierCard = cmdbPlugin.provide(
  createComponentExtension({
    name: 'EntityServiceTierCard',
    component: {
      lazy: () =>
        import('./components/ServiceTierCard').then(m => m.ServiceTierCard),
    },
  }),
);
