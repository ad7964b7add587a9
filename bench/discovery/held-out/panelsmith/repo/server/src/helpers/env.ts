import * as dotenv from 'dotenv';
import * as fs from 'fs';
import * as path from 'path';

/**
 * Panelsmith reads configuration from the process environment. In development we also
 * load `.env` from the repository root (one level above server/). In containers the
 * variables come from the Helm ConfigMap/Secret or the compose env_file.
 */
export function loadEnv(): Record<string, string | undefined> {
  const envFile = process.env.NODE_ENV === 'test' ? '.env.test' : '.env';
  const envPath = path.resolve(process.cwd(), '..', envFile);
  if (fs.existsSync(envPath)) {
    const parsed = dotenv.parse(fs.readFileSync(envPath));
    for (const [k, v] of Object.entries(parsed)) {
      if (process.env[k] === undefined) process.env[k] = v;
    }
  }
  return process.env;
}

export function isWorkerRole(): boolean {
  return process.env.PANELSMITH_WORKER === 'true';
}

export function isEnabled(flag: string, defaultValue = false): boolean {
  const raw = process.env[flag];
  if (raw === undefined || raw === '') return defaultValue;
  return raw === 'true' || raw === '1';
}

export function buildDbUrl(prefix: 'PG' | 'PANELSMITH_DB'): string | undefined {
  const url = process.env[`${prefix === 'PG' ? 'DATABASE_URL' : 'PANELSMITH_DB_URL'}`];
  return url && url.length > 0 ? url : undefined;
}
