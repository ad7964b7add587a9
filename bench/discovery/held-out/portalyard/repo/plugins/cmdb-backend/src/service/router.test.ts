/*
 * Copyright 2024 Portalyard Platform Team
 */

import { mockServices, mockCredentials } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import express from 'express';
import request from 'supertest';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { readCmdbConfig } from '../config';
import { CmdbClient } from './CmdbClient';
import { createRouter } from './router';

const server = setupServer();

describe('createRouter', () => {
  let app: express.Express;
  const store = {
    get: jest.fn().mockResolvedValue(undefined),
    upsert: jest.fn(),
    lastUpdatedAt: jest.fn(),
  };

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  beforeEach(async () => {
    const config = new ConfigReader({
      portalyard: { cmdb: { baseUrl: 'http://cmdb.test', token: 'test-token' } },
    });
    const client = new CmdbClient({
      config: readCmdbConfig(config),
      logger: mockServices.logger.mock(),
    });
    const router = await createRouter({
      logger: mockServices.logger.mock(),
      auth: mockServices.auth(),
      httpAuth: mockServices.httpAuth({
        defaultCredentials: mockCredentials.user(),
      }),
      client,
      store: store as any,
      catalog: { getEntityByRef: jest.fn() } as any,
    });
    app = express().use(router);
  });

  it('returns ok on /health', async () => {
    const response = await request(app).get('/health');
    expect(response.status).toEqual(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('fetches a CI from the CMDB when not cached', async () => {
    server.use(
      rest.get(
        'http://cmdb.test/api/v2/configuration-items/CI0012345',
        (req, res, ctx) => {
          expect(req.headers.get('authorization')).toBe('Bearer test-token');
          return res(
            ctx.json({ id: 'CI0012345', name: 'portalyard', tier: 'tier-2' }),
          );
        },
      ),
    );
    const response = await request(app).get('/ci/CI0012345');
    expect(response.status).toEqual(200);
    expect(response.body.name).toEqual('portalyard');
    expect(store.upsert).toHaveBeenCalled();
  });
});
