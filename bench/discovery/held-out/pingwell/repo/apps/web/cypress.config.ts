import { defineConfig } from 'cypress';

export default defineConfig({
  projectId: 'pw42x7',
  viewportWidth: 1440,
  viewportHeight: 900,
  e2e: {
    baseUrl: 'http://localhost:4200',
    specPattern: 'cypress/e2e/**/*.spec.ts',
    env: {
      API_URL: 'http://localhost:1336',
      WS_URL: 'http://localhost:1340',
      MONGO_URL: 'mongodb://127.0.0.1:27017/pingwell-test',
    },
    retries: { runMode: 2, openMode: 0 },
  },
});
