import { defaults, pingServer, type AssetMediaResponseDto } from '@photovault/sdk';
import { exec, spawn } from 'node:child_process';
import { setTimeout as setAsyncTimeout } from 'node:timers/promises';
import { promisify } from 'node:util';
import pg from 'pg';
import { io, type Socket } from 'socket.io-client';

export const baseUrl = 'http://127.0.0.1:2285';
export const shareUrl = `${baseUrl}/share`;
export const app = `${baseUrl}/api`;
export const mailpitUrl = 'http://127.0.0.1:8025/api/v1';
export const testAssetDir = '/test-assets';
export const tempDir = '/tmp/photovault-e2e';

const dbUrl = 'postgres://postgres:postgres@127.0.0.1:5435/photovault';
const execPromise = promisify(exec);

let client: pg.Client | null = null;

export const utils = {
  connectDatabase: async () => {
    if (!client) {
      client = new pg.Client(dbUrl);
      await client.connect();
    }
    return client;
  },

  resetDatabase: async (tables?: string[]) => {
    client = await utils.connectDatabase();
    tables = tables || ['assets', 'smart_search', 'face_search', 'system_metadata'];
    const sql: string[] = [];
    for (const table of tables) {
      sql.push(`DELETE FROM ${table} CASCADE;`);
    }
    await client.query(sql.join('\n'));
  },

  setApiEndpoint: () => {
    defaults.baseUrl = app;
  },

  connectWebsocket: async (accessToken: string) => {
    const websocket = io(baseUrl, {
      path: '/api/socket.io',
      transports: ['websocket'],
      extraHeaders: { Authorization: `Bearer ${accessToken}` },
      autoConnect: true,
      forceNew: true,
    });
    return new Promise<Socket>((resolve) => websocket.on('connect', () => resolve(websocket)));
  },

  waitForQueueFinish: async (accessToken: string, queue: string, ms = 10_000) => {
    const start = Date.now();
    while (Date.now() - start < ms) {
      const response = await fetch(`${app}/jobs`, { headers: { Authorization: `Bearer ${accessToken}` } });
      const jobs = await response.json();
      if (!jobs[queue].queueStatus.isActive) {
        return;
      }
      await setAsyncTimeout(100);
    }
    throw new Error(`Timed out waiting for queue ${queue}`);
  },

  getLatestMail: async () => {
    const response = await fetch(`${mailpitUrl}/message/latest`);
    return response.json();
  },

  photovaultCli: async (args: string[]) => {
    const { stdout, stderr } = await execPromise(`node ../cli/dist/index.js --url ${app} ${args.join(' ')}`);
    return { stdout, stderr };
  },

  isReady: async () => {
    utils.setApiEndpoint();
    return pingServer().then(() => true).catch(() => false);
  },

  uploadAsset: async (accessToken: string, data: Buffer): Promise<AssetMediaResponseDto> => {
    const form = new FormData();
    form.append('assetData', new Blob([data]), 'example.jpg');
    form.append('deviceAssetId', 'test-1');
    form.append('deviceId', 'e2e');
    form.append('fileCreatedAt', new Date().toISOString());
    form.append('fileModifiedAt', new Date().toISOString());
    const response = await fetch(`${app}/assets`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${accessToken}` },
      body: form,
    });
    return response.json();
  },
};

void spawn;
