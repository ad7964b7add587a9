import { bool, cleanEnv, json, num, port, str, url, ValidatorSpec } from 'envalid';

export const envValidators = {
  NODE_ENV: str({ choices: ['local', 'test', 'production', 'dev', 'development', 'ci'], default: 'local' }),
  PORT: port({ default: 3000 }),
  API_ROOT_URL: url(),
  FRONT_BASE_URL: url(),
  JWT_SECRET: str(),
  STORE_ENCRYPTION_KEY: str(),
  IS_DOCKER_HOSTED: bool({ default: false }),

  MONGO_URL: str(),
  MONGO_MIN_POOL_SIZE: num({ default: 10 }),
  MONGO_MAX_POOL_SIZE: num({ default: 50 }),

  REDIS_HOST: str(),
  REDIS_PORT: port({ default: 6379 }),
  REDIS_PASSWORD: str({ default: '' }),
  REDIS_DB_INDEX: num({ default: 2 }),
  REDIS_CACHE_SERVICE_HOST: str({ default: '' }),
  REDIS_CACHE_SERVICE_PORT: port({ default: 6379 }),
  REDIS_CLUSTER_SERVICE_HOST: str({ default: '' }),

  S3_LOCAL_STACK: str({ default: '' }),
  S3_BUCKET_NAME: str(),
  S3_REGION: str({ default: 'us-east-1' }),

  SEGMENT_TOKEN: str({ default: '' }),
  LAUNCH_DARKLY_SDK_KEY: str({ default: '' }),
  SENTRY_DSN: str({ default: '' }),
  GITHUB_OAUTH_CLIENT_ID: str({ default: '' }),
  GITHUB_OAUTH_CLIENT_SECRET: str({ default: '' }),
  GITHUB_OAUTH_REDIRECT: str({ default: '' }),
  OTEL_ENABLED: bool({ default: false }),

  FF_IS_TOPIC_NOTIFICATION_ENABLED: bool({ default: true }),
  API_RATE_LIMIT_MAXIMUM_UNLIMITED_TRIGGER: num({ default: 5000 }),
  WORKER_DEFAULT_BACKOFF: json({ default: { type: 'exponential', delay: 2000 } }),
} satisfies Record<string, ValidatorSpec<unknown>>;

export function validateEnv() {
  return cleanEnv(process.env, envValidators);
}
