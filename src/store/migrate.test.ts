import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { ENGINES, TEST_POSTGRES_URL, openTestDatabase } from '../test-support/engines.js';
import { openDatabase } from './database.js';
import { MIGRATIONS_TABLE, migrateToLatest } from './migrate.js';

const root = resolve(import.meta.dirname, '../..');

/** Runs the built CLI as a separate process, as several instances of Patchbay would be. */
function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  if (!existsSync(join(root, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(root, 'bin/patchbay.js'), ...args], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => done({ code, stderr }));
  });
}

describe.each(ENGINES)('migrations on %s', (engine) => {
  it('apply once, record themselves, and are a no-op the second time', async () => {
    const database = await openTestDatabase(engine);
    try {
      const recorded = await sql<{ name: string }>`select name from ${sql.table(MIGRATIONS_TABLE)} order by name`.execute(database.db);
      expect(recorded.rows.map((row) => row.name)).toEqual(['0001-catalog', '0002-dependencies-and-assessments', '0003-catalog-version', '0004-discovery-decisions', '0005-integration-confidence']);
      expect(await migrateToLatest(database.db, database.engine)).toEqual([]);
      // the schema is usable: every table answers
      for (const table of ['teams', 'domains', 'systems', 'integrations', 'entity_tags', 'integration_fields', 'integration_dependencies', 'audit_log', 'api_tokens', 'assessments', 'catalog_version', 'discovery_decisions']) {
        await sql`select count(*) from ${sql.table(table)}`.execute(database.db);
      }
    } finally {
      await database.dispose();
    }
  });

  it('lets several processes start together against one new database, each migration applied once', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'patchbay-race-'));
    const schema = `race_${Math.random().toString(16).slice(2, 10)}`;
    const env: Record<string, string> = engine === 'sqlite' ? { DATABASE_URL: join(folder, 'race.db') } : { DATABASE_URL: TEST_POSTGRES_URL, PATCHBAY_DATABASE_SCHEMA: schema };
    try {
      const results = await Promise.all([1, 2, 3, 4].map(() => runCli(['init'], env)));
      for (const result of results) expect(result.code, result.stderr).toBe(0);
      const handle = await openDatabase({ url: env.DATABASE_URL, ...(engine === 'postgres' ? { schema } : {}) });
      try {
        const recorded = await sql<{ name: string }>`select name from ${sql.table(MIGRATIONS_TABLE)}`.execute(handle.db);
        expect(recorded.rows).toHaveLength(5);
        if (engine === 'postgres') await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(handle.db);
      } finally {
        await handle.close();
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('lets several processes write to one database at once, none refused as locked', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'patchbay-writers-'));
    const schema = `writers_${Math.random().toString(16).slice(2, 10)}`;
    const env: Record<string, string> = engine === 'sqlite' ? { DATABASE_URL: join(folder, 'writers.db') } : { DATABASE_URL: TEST_POSTGRES_URL, PATCHBAY_DATABASE_SCHEMA: schema };
    try {
      const init = await runCli(['init'], env);
      expect(init.code, init.stderr).toBe(0);
      // Each add reads (does the id exist?) and then writes in one transaction: the read must not
      // pin a snapshot another process's commit makes stale, which SQLite refuses without waiting.
      const ids = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'];
      const results = await Promise.all(ids.map((id) => runCli(['systems', 'add', id, '--name', id.toUpperCase(), '--kind', 'application'], env)));
      for (const result of results) expect(result.code, result.stderr).toBe(0);
      const handle = await openDatabase({ url: env.DATABASE_URL, ...(engine === 'postgres' ? { schema } : {}) });
      try {
        const stored = await sql<{ id: string }>`select id from systems order by id`.execute(handle.db);
        expect(stored.rows.map((row) => row.id)).toEqual(ids);
        if (engine === 'postgres') await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(handle.db);
      } finally {
        await handle.close();
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
