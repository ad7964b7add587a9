/**
 * An import killed with SIGKILL at any moment leaves the catalog either exactly as it was or
 * fully imported, and the database passes its integrity check. The real CLI is run as a child
 * process and killed again and again at different points of a large import.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderCatalog } from '../../src/core/catalog/formats.js';
import { openDatabase } from '../../src/store/database.js';
import { servicesOver } from '../../src/services/open-patchbay.js';
import { ENGINES, TEST_POSTGRES_URL } from '../../src/test-support/engines.js';
import pg from 'pg';

const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'bin/patchbay.js');

/** A catalog of `systems` systems and `integrations` integrations as YAML, renamed by `label`. */
function syntheticYaml(systems: number, integrations: number, label: string): string {
  const documents = ['apiVersion: patchbay.dev/v1\nkind: Team\nmetadata: { id: team-a, name: Team A }\n'];
  for (let index = 0; index < systems; index += 1) {
    documents.push(`apiVersion: patchbay.dev/v1\nkind: System\nmetadata: { id: sys-${index}, name: System ${index} ${label} }\nspec: { kind: application, owner: team-a }\n`);
  }
  for (let index = 0; index < integrations; index += 1) {
    const source = index % systems;
    const target = (index * 7 + 1) % systems === source ? (source + 1) % systems : (index * 7 + 1) % systems;
    documents.push(
      `apiVersion: patchbay.dev/v1\nkind: Integration\nmetadata: { id: int-${index}, name: Flow ${index} ${label} }\nspec:\n  source: sys-${source}\n  target: sys-${target}\n  mechanism: rest\n  data: [{ object: customer, fields: [{ name: id }, { name: email }] }]\n`,
    );
  }
  return documents.join('---\n');
}

/** How a run of the CLI ended. */
interface RunResult {
  code: number | null;
  signal: string | null;
  stderr: string;
}

/**
 * Runs the CLI. With `killWhen`, polls it every 20 ms and sends SIGKILL as soon as it says yes:
 * the test watches the database itself to know the import is writing, so the kill lands inside
 * the write transaction however fast or loaded the machine is.
 */
function runImport(args: string[], env: NodeJS.ProcessEnv, killWhen?: () => Promise<boolean>): Promise<RunResult & { killedWhileWriting: boolean }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let killedWhileWriting = false;
    let exited = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const poll = async () => {
      while (!exited && killWhen) {
        if (await killWhen()) {
          killedWhileWriting = !exited && child.kill('SIGKILL');
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    void poll();
    child.on('exit', (code, signal) => {
      exited = true;
      done({ code, signal, stderr, killedWhileWriting });
    });
  });
}

describe.each(ENGINES)('an import killed with SIGKILL on %s', (engine) => {
  const folder = mkdtempSync(join(tmpdir(), 'patchbay-kill-'));
  const schema = `kill_${Math.random().toString(16).slice(2, 10)}`;
  const applicationName = `patchbay-kill-${schema}`;
  const database = engine === 'sqlite' ? join(folder, 'catalog.db') : TEST_POSTGRES_URL;
  // The import's PostgreSQL connections carry a name, so the test can see when they hold a transaction.
  const env: NodeJS.ProcessEnv =
    engine === 'sqlite' ? { DATABASE_URL: database } : { DATABASE_URL: `${database}?application_name=${applicationName}`, PATCHBAY_DATABASE_SCHEMA: schema };
  const small = join(folder, 'small.yaml');
  const large = join(folder, 'large.yaml');

  /**
   * Whether an import is in its write transaction right now: on SQLite the write-ahead log grows
   * past what it held before; on PostgreSQL the import's connection holds a transaction id.
   */
  let walBaseline = 0;
  const writing = async (): Promise<boolean> => {
    if (engine === 'sqlite') {
      const wal = `${database}-wal`;
      return existsSync(wal) && statSync(wal).size > walBaseline + 256 * 1024;
    }
    const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await client.connect();
    try {
      const result = await client.query("select count(*)::int as n from pg_stat_activity where application_name = $1 and backend_xid is not null", [applicationName]);
      return (result.rows[0] as { n: number }).n > 0;
    } finally {
      await client.end();
    }
  };

  /** A fingerprint of the whole catalog, and the engine's integrity problems. */
  async function state(): Promise<{ fingerprint: string; counts: Record<string, number>; problems: string[] }> {
    const handle = await openDatabase({ url: database, ...(engine === 'postgres' ? { schema } : {}) });
    try {
      const { catalog } = servicesOver(handle);
      const yaml = renderCatalog(await catalog.exportDocuments(), 'yaml');
      return { fingerprint: createHash('sha256').update(yaml).digest('hex'), counts: await catalog.counts(), problems: await handle.engine.integrityProblems(handle.db) };
    } finally {
      await handle.close();
    }
  }

  beforeAll(async () => {
    if (!existsSync(join(root, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
    writeFileSync(small, syntheticYaml(200, 500, 'before'));
    // The large import renames every entity the small one made and adds many more, so a partial
    // write would show as a catalog that is neither the one before nor the one after.
    writeFileSync(large, syntheticYaml(2_000, 12_000, 'after'));
    const first = await runImport(['import', small], env);
    expect(first.code, first.stderr).toBe(0);
  });

  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    if (engine === 'postgres') {
      const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    }
  });

  it('leaves the catalog as before or fully imported, and intact, every time', async () => {
    const before = await state();
    if (engine === 'sqlite') walBaseline = existsSync(`${database}-wal`) ? statSync(`${database}-wal`).size : 0;
    expect(before.counts.integration).toBe(500);

    // Kill the import again and again while it writes; each time nothing of it may remain.
    const killedStates: string[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const result = await runImport(['import', large], env, writing);
      const after = await state();
      expect(after.problems).toEqual([]);
      expect(result.killedWhileWriting, `the import finished before it could be killed: ${result.stderr}`).toBe(true);
      killedStates.push(after.fingerprint);
    }
    expect(killedStates.every((fingerprint) => fingerprint === before.fingerprint)).toBe(true);

    // And at moments not chosen at all, from the start up to past the end of the import.
    const randomStates: string[] = [];
    for (const delay of [50, 400, 1_500, 4_000, 8_000]) {
      const started = Date.now();
      const result = await runImport(['import', large], env, async () => Date.now() - started >= delay);
      const after = await state();
      expect(after.problems).toEqual([]);
      randomStates.push(after.fingerprint);
      if (result.signal !== 'SIGKILL') {
        expect(result.code, result.stderr).toBe(0);
        break;
      }
    }

    const finish = await runImport(['import', large], env);
    expect(finish.code, finish.stderr).toBe(0);
    const final = await state();
    expect(final.counts).toMatchObject({ system: 2_000, integration: 12_000 });
    expect(final.problems).toEqual([]);
    // Every import killed at a random moment left exactly the catalog before it or the one after it.
    for (const fingerprint of randomStates) expect([before.fingerprint, final.fingerprint]).toContain(fingerprint);
  }, 300_000);
});
