import dotenv from 'dotenv';
import path from 'path';
import { bool, cleanEnv, num, port, str, url } from 'envalid';

if (['local', 'development', 'test'].includes(process.env.NODE_ENV ?? '')) {
  const file = process.env.NODE_ENV === 'test' ? '.env.test' : '.env.development';
  dotenv.config({ path: path.join(__dirname, '..', file) });
}

export const config = cleanEnv(process.env, {
  NODE_ENV: str({ default: 'local' }),
  PORT: port({ default: 3004 }),
  STORE_ENCRYPTION_KEY: str(),

  // Only used to render absolute links into messages (unsubscribe, inbox deep links, avatars).
  API_ROOT_URL: url(),
  FRONT_BASE_URL: url(),

  MONGO_URL: str(),
  MONGO_MAX_POOL_SIZE: num({ default: 100 }),

  REDIS_HOST: str(),
  REDIS_PORT: port({ default: 6379 }),
  REDIS_PASSWORD: str({ default: '' }),
  REDIS_DB_INDEX: num({ default: 2 }),
  REDIS_CACHE_SERVICE_HOST: str({ default: '' }),
  REDIS_CACHE_SERVICE_PORT: port({ default: 6379 }),

  S3_LOCAL_STACK: str({ default: '' }),
  S3_BUCKET_NAME: str(),
  S3_REGION: str({ default: 'us-east-1' }),

  WORKER_CONCURRENCY: num({ default: 200 }),
  STANDARD_QUEUE_LOCK_DURATION_MS: num({ default: 90_000 }),

  PINGWELL_EMAIL_INTEGRATION_API_KEY: str({ default: '' }),
  PINGWELL_EMAIL_INTEGRATION_SENDER: str({ default: 'no-reply@pingwell.email' }),
  PINGWELL_SMS_INTEGRATION_ACCOUNT_SID: str({ default: '' }),
  PINGWELL_SMS_INTEGRATION_TOKEN: str({ default: '' }),
  PINGWELL_SMS_INTEGRATION_SENDER: str({ default: '' }),

  SEGMENT_TOKEN: str({ default: '' }),
  LAUNCH_DARKLY_SDK_KEY: str({ default: '' }),
  OTEL_ENABLED: bool({ default: false }),
});
