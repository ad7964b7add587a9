import dotenv from 'dotenv';
import path from 'path';
import { cleanEnv, num, port, str } from 'envalid';

if (process.env.NODE_ENV === 'local' || process.env.NODE_ENV === 'test') {
  dotenv.config({ path: path.join(__dirname, '..', '.env.development') });
}

export const config = cleanEnv(process.env, {
  NODE_ENV: str({ default: 'local' }),
  PORT: port({ default: 3002 }),
  JWT_SECRET: str(),
  MONGO_URL: str(),
  REDIS_HOST: str(),
  REDIS_PORT: port({ default: 6379 }),
  REDIS_PASSWORD: str({ default: '' }),
  REDIS_DB_INDEX: num({ default: 2 }),
  WS_WORKER_CONCURRENCY: num({ default: 100 }),
});
