import dotenv from 'dotenv';
import path from 'path';
import { validateEnv } from './env.validators';

const envFileByNodeEnv: Record<string, string> = {
  local: '.env.development',
  development: '.env.development',
  test: '.env.test',
};

const file = envFileByNodeEnv[process.env.NODE_ENV ?? ''];

if (file) {
  // Production images get their config from the orchestrator; only local runs read files.
  const { error } = dotenv.config({ path: path.join(__dirname, '..', file) });
  if (error && !process.env.CI) {
    // eslint-disable-next-line no-console
    console.warn(`[config] could not read ${file}: ${error.message}`);
  }
}

export const config = validateEnv();
