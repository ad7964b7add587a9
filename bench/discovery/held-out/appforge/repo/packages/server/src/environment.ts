import { env as coreEnv } from "@appforge/backend-core"

const environment = {
  // important - prefer app port to generic port
  PORT: process.env.APP_PORT || process.env.PORT,
  COUCH_DB_URL: process.env.COUCH_DB_URL,
  MINIO_URL: process.env.MINIO_URL,
  WORKER_URL: process.env.WORKER_URL,
  REDIS_URL: process.env.REDIS_URL,
  REDIS_PASSWORD: process.env.REDIS_PASSWORD,
  INTERNAL_API_KEY: process.env.INTERNAL_API_KEY,
  AUTOMATION_MAX_ITERATIONS: parseInt(process.env.AUTOMATION_MAX_ITERATIONS || "") || 200,
  AUTOMATION_THREAD_TIMEOUT: parseInt(process.env.AUTOMATION_THREAD_TIMEOUT || "") || 12000,
  // disables automations from running in this process (e.g. a dedicated automation worker)
  DISABLE_AUTOMATIONS: process.env.DISABLE_AUTOMATIONS === "true",
  PLUGINS_DIR: process.env.PLUGINS_DIR,
  TOP_LEVEL_PATH: process.env.TOP_LEVEL_PATH,
  // feature flag: outbound install ping, never enabled in self-hosted
  INSTALL_PING_ENABLED: process.env.INSTALL_PING_ENABLED === "true",
  isTest: coreEnv.isTest,
  isDev: coreEnv.isDev,
}

export default environment
