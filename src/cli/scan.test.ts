/**
 * `patchbay scan` as a user runs it: every output format, applying to the catalog, reviewing
 * proposals, drift, and the promise that planted secrets appear in no output and no stored row.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { materialiseFixture } from '../../test/discovery/expected.js';
import { REPO_ROOT, Workspace, jsonOf } from './test-support/cli-harness.js';

const FIXTURE = join(REPO_ROOT, 'test', 'discovery', 'fixtures', 'shop-compose');

/** Every canary planted in the fixture files: strings containing CANARY. */
function canaries(folder: string): string[] {
  const found = new Set<string>();
  const visit = (path: string) => {
    for (const name of readdirSync(path)) {
      const child = join(path, name);
      if (statSync(child).isDirectory()) visit(child);
      else for (const match of readFileSync(child, 'utf8').matchAll(/[A-Za-z0-9_\-]*CANARY[A-Za-z0-9_\-]*/g)) found.add(match[0]);
    }
  };
  visit(folder);
  return [...found];
}

let workspace: Workspace;
let tree: string;

let fixture: { dir: string; dispose(): void };

beforeEach(() => {
  workspace = new Workspace();
  fixture = materialiseFixture(FIXTURE);
  tree = fixture.dir;
});
afterEach(() => {
  workspace.dispose();
  fixture.dispose();
});

describe('patchbay scan', () => {
  it('prints the documented JSON contract, deterministically', async () => {
    const first = await workspace.run('scan', tree, '--format', 'json');
    expect(first.code, first.stderr).toBe(0);
    const result = jsonOf<{ systems: { id: string }[]; integrations: { source: string; target: string; evidence: { file: string; line: number }[] }[]; skipped: unknown[]; stats: { files: number } }>(first);
    const ids = new Set(result.systems.map((system) => system.id));
    expect(result.integrations.length).toBeGreaterThan(3);
    for (const integration of result.integrations) {
      expect(ids.has(integration.source) && ids.has(integration.target)).toBe(true);
      expect(integration.evidence.length).toBeGreaterThan(0);
    }
    expect(result.stats.files).toBeGreaterThan(5);
    const second = await workspace.run('scan', tree, '--format', 'json');
    expect(JSON.parse(second.stdout).integrations).toEqual(result.integrations);
  });

  it.each(['table', 'json', 'yaml', 'mermaid'])('never shows a planted secret (%s)', async (format) => {
    const secrets = canaries(tree);
    expect(secrets.length).toBeGreaterThan(0);
    const result = await workspace.run('scan', tree, '--format', format);
    expect(result.code, result.stderr).toBe(0);
    for (const secret of secrets) {
      expect(result.stdout).not.toContain(secret);
      expect(result.stderr).not.toContain(secret);
    }
    if (format === 'mermaid') expect(result.stdout).toContain('flowchart');
  });

  it('applies findings as proposals, reviews them, and reports drift; no secret is stored', async () => {
    expect((await workspace.run('init')).code).toBe(0);
    const dry = await workspace.run('scan', tree, '--apply', '--dry-run');
    expect(dry.stdout).toContain('Would propose');
    const applied = await workspace.run('--json', 'scan', tree, '--apply');
    expect(applied.code, applied.stderr).toBe(0);
    const outcome = jsonOf<{ proposed: string[] }>(applied);
    expect(outcome.proposed.length).toBeGreaterThan(3);
    const again = jsonOf<{ proposed: string[]; refreshed: string[]; import: { changed: boolean } }>(await workspace.run('--json', 'scan', tree, '--apply'));
    expect(again.import.changed).toBe(false);
    expect(again.refreshed.sort()).toEqual([...outcome.proposed].sort());

    const [accepted, rejected] = outcome.proposed;
    expect((await workspace.run('proposals', 'accept', accepted as string)).stdout).toContain(`Accepted ${accepted}.`);
    expect((await workspace.run('proposals', 'reject', rejected as string)).stdout).toContain(`Rejected ${rejected}.`);
    const failed = await workspace.run('proposals', 'accept', 'no-such-proposal');
    expect(failed.code).toBe(5);
    const remaining = jsonOf<{ items: { id: string }[] }>(await workspace.run('--json', 'proposals', 'list'));
    expect(remaining.items.map((item) => item.id)).not.toContain(rejected);
    expect(remaining.items.map((item) => item.id)).not.toContain(accepted);
    const third = jsonOf<{ rejected: string[] }>(await workspace.run('--json', 'scan', tree, '--apply'));
    expect(third.rejected).toEqual([rejected]);

    const drift = await workspace.run('scan', tree, '--drift');
    expect(drift.stdout).toContain('Found in the files but not documented');

    // Nothing secret reached the database file either.
    const stored = readFileSync(workspace.database).toString('latin1') + readFileSync(`${workspace.database}-wal`, { flag: 'a+' }).toString('latin1');
    for (const secret of canaries(tree)) expect(stored).not.toContain(secret);
  });

  it('lists proposals and integrations by confidence: bounds, sort, and the column', async () => {
    expect((await workspace.run('init')).code).toBe(0);
    const scanned = jsonOf<{ integrations: { id: string; confidence: number }[] }>(await workspace.run('scan', tree, '--format', 'json'));
    expect((await workspace.run('scan', tree, '--apply')).code).toBe(0);
    const values = [...new Set(scanned.integrations.map((item) => item.confidence))].sort();
    expect(values.length).toBeGreaterThan(1);
    const threshold = values.at(-1) as number;
    const expected = scanned.integrations.filter((item) => item.confidence >= threshold).map((item) => item.id).sort();

    type Listed = { items: { id: string; provenance: { confidence: number } }[] };
    const surest = jsonOf<Listed>(await workspace.run('--json', 'proposals', 'list', '--confidence-min', String(threshold)));
    expect(surest.items.map((item) => item.id).sort()).toEqual(expected);
    const leastFirst = jsonOf<Listed>(await workspace.run('--json', 'proposals', 'list', '--sort', 'confidence', '--confidence-max', String(values[0])));
    expect(leastFirst.items.length).toBe(scanned.integrations.filter((item) => item.confidence <= (values[0] as number)).length);
    const all = jsonOf<Listed>(await workspace.run('--json', 'proposals', 'list', '--sort', '-confidence')).items.map((item) => item.provenance.confidence);
    expect(all).toEqual([...all].sort((a, b) => b - a));
    const integrations = jsonOf<Listed>(await workspace.run('--json', 'integrations', 'list', '--confidence-min', String(threshold), '--sort', '-confidence', '--all'));
    expect(integrations.items.map((item) => item.id).sort()).toEqual(expected);

    const table = await workspace.run('proposals', 'list', '--confidence-min', String(threshold));
    expect(table.stdout.split('\n')[0]).toMatch(/CONFIDENCE/);
    expect(table.stdout).toContain(threshold.toFixed(2));
    for (const bad of [['proposals', 'list', '--confidence-min', '2'], ['integrations', 'list', '--confidence-max', 'high'], ['proposals', 'list', '--sort', 'colour']]) {
      expect((await workspace.run(...bad)).code, bad.join(' ')).toBe(2);
    }
  });

  it('fails clearly on a bad rules file and a missing path', async () => {
    const rules = workspace.write('rules.yaml', 'rules:\n  - id: acme\n    call: Acme.send\n    role: shouts\n    mechanism: rest\n');
    const bad = await workspace.run('scan', tree, '--rules', rules);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('rules.yaml');
    expect(bad.stderr).toContain('/rules/0/role');
    const missing = await workspace.run('scan', join(workspace.dir, 'nowhere'), '--format', 'json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere: no such file or folder');
  });
});
