/**
 * The table of database engines every storage test runs on. SQLite always runs; PostgreSQL runs
 * when reachable, and under CI=true an unreachable PostgreSQL fails the run instead of skipping.
 * PATCHBAY_TEST_ENGINES=sqlite narrows a local run on purpose.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../store/database.js';
import type { EngineName } from '../store/engines/engine.js';

/** Where the test PostgreSQL is; each test gets a schema of its own inside it. */
export const TEST_POSTGRES_URL = process.env.PATCHBAY_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function postgresReachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Decides which engines this run covers, loudly. */
async function selectEngines(): Promise<EngineName[]> {
  const requested = (process.env.PATCHBAY_TEST_ENGINES ?? 'sqlite,postgres').split(',').map((name) => name.trim()) as EngineName[];
  if (!requested.includes('postgres')) return requested;
  const problem = await postgresReachable();
  if (problem === null) return requested;
  if (process.env.CI === 'true') {
    throw new Error(`PostgreSQL at ${TEST_POSTGRES_URL} is not reachable (${problem}); under CI=true storage tests never skip it. Start it (.ci/run does) or fix PATCHBAY_TEST_DATABASE_URL.`);
  }
  console.warn(`\n  ⚠ SKIPPING PostgreSQL storage tests: ${TEST_POSTGRES_URL} is not reachable (${problem}).\n    Start PostgreSQL or set PATCHBAY_TEST_DATABASE_URL to run them; CI always runs them.\n`);
  return requested.filter((name) => name !== 'postgres');
}

/** The engines this run covers. */
export const ENGINES: EngineName[] = await selectEngines();

/** A fresh, empty, migrated database on an engine, and how to throw it away. */
export interface TestDatabase extends DatabaseHandle {
  /** The URL and schema to open the same database again (e.g. from a child process). */
  url: string;
  schema?: string;
  dispose(): Promise<void>;
}

/** Opens a fresh database no other test sees. */
export async function openTestDatabase(engine: EngineName): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const folder = mkdtempSync(join(tmpdir(), 'patchbay-test-'));
    const url = join(folder, 'catalog.db');
    const handle = await openDatabase({ url });
    return {
      ...handle,
      url,
      close: handle.close,
      dispose: async () => {
        await handle.close();
        rmSync(folder, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const handle = await openDatabase({ url: TEST_POSTGRES_URL, schema });
  return {
    ...handle,
    url: TEST_POSTGRES_URL,
    schema,
    close: handle.close,
    dispose: async () => {
      await handle.close();
      const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}
