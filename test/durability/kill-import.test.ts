/**
 * An import killed with SIGKILL at any moment leaves the catalog either exactly as it was or
 * fully imported, and the database passes its integrity check. The real CLI is run as a child
 * process and killed again and again at different points of a large import.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

/** Runs the CLI; with killAfter, sends SIGKILL after that many ms. Resolves with how it ended. */
function runImport(args: string[], env: NodeJS.ProcessEnv, killAfter?: number): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = killAfter === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfter);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      done({ code, signal, stderr });
    });
  });
}

describe.each(ENGINES)('an import killed with SIGKILL on %s', (engine) => {
  const folder = mkdtempSync(join(tmpdir(), 'patchbay-kill-'));
  const schema = `kill_${Math.random().toString(16).slice(2, 10)}`;
  const database = engine === 'sqlite' ? join(folder, 'catalog.db') : TEST_POSTGRES_URL;
  const env: NodeJS.ProcessEnv = engine === 'sqlite' ? { DATABASE_URL: database } : { DATABASE_URL: database, PATCHBAY_DATABASE_SCHEMA: schema };
  const small = join(folder, 'small.yaml');
  const large = join(folder, 'large.yaml');

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
    expect(before.counts.integration).toBe(500);

    // Measure one whole import on a copy of the state, to aim the kills across its length.
    const started = Date.now();
    const probe = await runImport(['import', large, '--dry-run'], env);
    expect(probe.code, probe.stderr).toBe(0);
    const planTime = Date.now() - started;

    const seen: { fraction: number; fingerprint: string }[] = [];
    for (const fraction of [0.5, 1.0, 1.2, 1.4, 1.7, 2.0]) {
      const result = await runImport(['import', large], env, Math.round(planTime * fraction));
      const after = await state();
      expect(after.problems).toEqual([]);
      if (result.signal !== 'SIGKILL') {
        expect(result.code, result.stderr).toBe(0);
        break;
      }
      seen.push({ fraction, fingerprint: after.fingerprint });
      if (after.fingerprint !== before.fingerprint) break;
    }

    const finish = await runImport(['import', large], env);
    expect(finish.code, finish.stderr).toBe(0);
    const final = await state();
    expect(final.counts).toMatchObject({ system: 2_000, integration: 12_000 });
    expect(final.problems).toEqual([]);
    // Every killed import left exactly the catalog before it or exactly the one after it.
    for (const item of seen) expect([before.fingerprint, final.fingerprint]).toContain(item.fingerprint);
    // Kills must have landed while imports ran (past parsing and planning) for this to mean anything.
    expect(seen.filter((item) => item.fraction >= 1 && item.fingerprint === before.fingerprint).length).toBeGreaterThan(0);
  }, 300_000);
});
