import { mergeConfig } from '@tillery/core';
import { testConfig as defaultTestConfig } from '@tillery/testing';
import path from 'path';

export const TEST_SERVER_PORT = 3050;

export const testConfig = mergeConfig(defaultTestConfig, {
    apiOptions: {
        port: TEST_SERVER_PORT,
    },
    // e2e tests run against an in-memory sql.js database, no Postgres needed
    dbConnectionOptions: {
        type: 'sqljs',
        location: path.join(__dirname, '__data__/test.sqlite'),
    },
});

export const SHOP_API_URL = `http://localhost:${TEST_SERVER_PORT}/shop-api`;
export const ADMIN_API_URL = `http://localhost:${TEST_SERVER_PORT}/admin-api`;
