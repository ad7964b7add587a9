import { PlaywrightTestConfig, devices } from '@playwright/test';
import path from 'path';

const absolutePath = path.resolve(process.cwd(), 'api/server/index.js');

const config: PlaywrightTestConfig = {
  testDir: 'specs/',
  timeout: 60000,
  retries: 0,
  use: {
    baseURL: 'http://localhost:3080',
    video: 'on-first-retry',
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `node ${absolutePath}`,
    port: 3080,
    stdout: 'pipe',
    env: {
      ...process.env,
      MONGO_URI: 'mongodb://127.0.0.1:27017/Parlance-e2e',
      SEARCH: 'false',
      SESSION_EXPIRY: '60000',
    },
  },
};

export default config;
