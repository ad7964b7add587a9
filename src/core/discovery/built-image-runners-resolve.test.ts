/**
 * One backend image built by one compose service (`build:` with a context at the repository's
 * root shared with another service's build, and a Dockerfile under `apps/backend/`, beside
 * `image:`) and run by others that only name the image: scanned whole, every service runs the code
 * the build gave the building one (the Dockerfile's folder, as the context is shared), not the
 * whole repository (the build context), and the migration job runs none of it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanPaths } from '../../discovery/scan.js';

const lines = (...text: string[]): string => `${text.join('\n')}\n`;

async function scan(build: string[]): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'patchbay-built-image-'));
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  try {
    const env = ['    environment:', '      DATABASE_URL: postgres://shop:pw@postgres:5432/shop', '      CATALOG_URL: http://catalog:8080'];
    write('docker-compose.yml', lines(
      'services:',
      '  postgres:',
      '    image: postgres:16',
      '  catalog:',
      '    image: ghcr.io/acme/catalog:1.0',
      '  shop-migrate:',
      ...build,
      '    image: ghcr.io/acme/backend:${TAG:-latest}',
      '    command: ["npx", "knex", "migrate:latest"]',
      '    environment:',
      '      DATABASE_URL: postgres://shop:pw@postgres:5432/shop',
      '  shop-server:',
      '    image: ghcr.io/acme/backend:${TAG:-latest}',
      ...env,
      '  shop-worker:',
      '    image: ghcr.io/acme/backend:${TAG:-latest}',
      '    command: ["node", "dist/worker.js"]',
      ...env,
      '  storefront:',
      '    build:',
      '      context: .',
      '      dockerfile: apps/storefront/Dockerfile',
    ));
    write('apps/storefront/package.json', JSON.stringify({ name: '@acme/storefront' }));
    write('apps/storefront/Dockerfile', lines('FROM node:20-alpine', 'COPY apps/storefront /app', 'CMD ["node", "/app/server.js"]'));
    write('package.json', JSON.stringify({ name: 'shop', private: true, workspaces: ['apps/*'] }));
    write('apps/backend/package.json', JSON.stringify({ name: '@acme/backend', dependencies: { pg: '^8.11.0' } }));
    // Built in one stage, run from another: the running stage copies only the build's output and a start script.
    write('apps/backend/Dockerfile', lines('FROM node:20-alpine AS build', 'WORKDIR /app', 'COPY package.json ./', 'COPY apps/backend apps/backend', 'RUN yarn workspace @acme/backend build', '', 'FROM node:20-alpine', 'WORKDIR /server', 'COPY --from=build /app/apps/backend/dist ./', 'COPY apps/backend/start.sh ./start.sh', 'CMD ["./start.sh"]'));
    write('apps/backend/start.sh', lines('#!/bin/sh', 'exec node server.js'));
    write('apps/backend/src/db.ts', lines("import { Pool } from 'pg';", 'export const pool = new Pool({ connectionString: process.env.DATABASE_URL });'));
    write('apps/backend/src/catalog.ts', lines("import axios from 'axios';", 'export const products = () => axios.get(`${process.env.CATALOG_URL}/products`);'));
    const result = await scanPaths([root], { workers: 0 });
    return [...new Set(result.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`))].sort();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('services only naming the image another service builds', () => {
  it.each([
    ['a build context at the repository root', ['    build:', '      context: .', '      dockerfile: apps/backend/Dockerfile']],
    ['a build context in the backend folder', ['    build: ./apps/backend']],
  ])('run the code of its build, with %s', async (_name, build) => {
    expect(await scan(build)).toEqual([
      'shop-server -> catalog rest',
      'shop-server -> postgres database',
      'shop-worker -> catalog rest',
      'shop-worker -> postgres database',
    ]);
  });
});
