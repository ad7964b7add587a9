import dotenv from 'dotenv';
import path from 'path';
import { cleanEnv, port, str } from 'envalid';

if (process.env.NODE_ENV === 'local') {
  dotenv.config({ path: path.join(__dirname, '..', '.env.development') });
}

export const config = cleanEnv(process.env, {
  NODE_ENV: str({ default: 'local' }),
  PORT: port({ default: 3003 }),
  STORE_ENCRYPTION_KEY: str(),
  MONGO_URL: str(),
  REDIS_CACHE_SERVICE_HOST: str({ default: '' }),
  REDIS_CACHE_SERVICE_PORT: port({ default: 6379 }),
});
