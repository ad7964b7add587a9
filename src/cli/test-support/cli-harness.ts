/**
 * Runs the CLI in-process as a user would, against throwaway databases, and captures what the
 * user would see. Every workspace is a temporary folder of its own, so no test touches the
 * working folder's patchbay.db or sees another test's changes.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { expect } from 'vitest';
import { main } from '../main.js';
import type { Output } from '../output.js';

/** The repository's root folder. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The demo landscape's folder. */
export const DEMO_FOLDER = join(REPO_ROOT, 'examples', 'demo-landscape');

/** What one run of the CLI gave. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Options of one run. */
export interface RunOptions {
  /** The environment the CLI sees; the test's own environment is never passed through. */
  env?: NodeJS.ProcessEnv;
}

/** Runs `patchbay ...args` in-process and captures its output. */
export async function runCli(args: string[], options: RunOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const output: Output = {
    out: (text) => {
      stdout += text.endsWith('\n') ? text : `${text}\n`;
    },
    err: (text) => {
      stderr += text.endsWith('\n') ? text : `${text}\n`;
    },
    json: false,
  };
  const code = await main(['node', 'patchbay', ...args], output, options.env ?? {});
  return { code, stdout, stderr };
}

/** Parses a run's standard output as JSON, failing with the output when it is not. */
export function jsonOf<T = unknown>(result: CliResult): T {
  try {
    return JSON.parse(result.stdout) as T;
  } catch {
    throw new Error(`stdout is not JSON (exit ${result.code}):\n${result.stdout}\nstderr:\n${result.stderr}`);
  }
}

/** The audit actor of the person running the tests, as the local CLI records it. */
export function localActor(): string {
  let user = process.env.USER ?? 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // the same fallback the CLI uses when the uid has no passwd entry
  }
  return `cli:${user}`;
}

/** How many entities of each kind a catalog holds. */
export type Counts = Record<'team' | 'domain' | 'system' | 'integration', number>;

/** A temporary folder with its own catalog database. */
export class Workspace {
  readonly dir: string;
  readonly database: string;

  constructor(templateDatabase?: string) {
    this.dir = mkdtempSync(join(tmpdir(), 'patchbay-cli-'));
    this.database = join(this.dir, 'x.db');
    if (templateDatabase) copyFileSync(templateDatabase, this.database);
  }

  /** Runs the CLI on this workspace's database. */
  run(...args: string[]): Promise<CliResult> {
    return runCli(['--database', this.database, ...args]);
  }

  /** Writes a file into the workspace and returns its path. */
  write(name: string, text: string): string {
    const path = join(this.dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return path;
  }

  /** Reads a file of the workspace. */
  read(name: string): string {
    return readFileSync(join(this.dir, name), 'utf8');
  }

  /** How many entities of each kind the catalog holds, as `--json init` reports them. */
  async counts(): Promise<Counts> {
    const result = await this.run('--json', 'init');
    if (result.code !== 0) throw new Error(`init failed: ${result.stderr}`);
    return jsonOf<{ counts: Counts }>(result).counts;
  }

  /** Removes the folder. */
  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * A database holding the demo landscape, built once per test file with `init --demo` and copied
 * into each workspace (a closed SQLite file is self-contained), which keeps the tests fast.
 */
export async function demoTemplate(): Promise<{ database: string; dispose(): void }> {
  const workspace = new Workspace();
  const result = await workspace.run('init', '--demo');
  if (result.code !== 0) throw new Error(`init --demo failed: ${result.stderr}`);
  return { database: workspace.database, dispose: () => workspace.dispose() };
}

/** One document of the demo landscape, read straight from its YAML files. */
export interface DemoDocument {
  kind: string;
  metadata: { id: string; name?: string; [key: string]: unknown };
  spec: Record<string, unknown>;
}

/** Lists the YAML files under a folder, recursively. */
function yamlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? yamlFiles(join(folder, entry.name)) : /\.ya?ml$/.test(entry.name) ? [join(folder, entry.name)] : []))
    .sort();
}

/** Every document of the demo landscape, parsed with the yaml library alone (not Patchbay's reader). */
export function demoDocuments(): DemoDocument[] {
  return yamlFiles(DEMO_FOLDER).flatMap((file) =>
    parseAllDocuments(readFileSync(file, 'utf8'))
      .map((document) => document.toJS() as DemoDocument | null)
      .filter((document): document is DemoDocument => document !== null)
      .map((document) => ({ ...document, spec: document.spec ?? {} })),
  );
}

/** The demo's documents of one kind. */
export function demoOf(kind: 'Team' | 'Domain' | 'System' | 'Integration'): DemoDocument[] {
  return demoDocuments().filter((document) => document.kind === kind);
}

/** The catalog kind names of the CLI, by document kind. */
export const COMMAND_OF = { Team: 'teams', Domain: 'domains', System: 'systems', Integration: 'integrations' } as const;

/** The demo's entities that refer to one entity, as `kind 'id'`, worked out from the YAML. */
export function demoReferrers(kind: 'Team' | 'Domain' | 'System', id: string): string[] {
  const found: string[] = [];
  for (const document of demoDocuments()) {
    const spec = document.spec as { owner?: string | { builtBy?: string; maintainedBy?: string }; domain?: string; source?: string; target?: string };
    const refers =
      kind === 'Team'
        ? (document.kind !== 'Integration' && spec.owner === id) ||
          (document.kind === 'Integration' && typeof spec.owner === 'object' && (spec.owner.builtBy === id || spec.owner.maintainedBy === id))
        : kind === 'Domain'
          ? document.kind === 'System' && spec.domain === id
          : document.kind === 'Integration' && (spec.source === id || spec.target === id);
    if (refers) found.push(`${document.kind.toLowerCase()} '${document.metadata.id}'`);
  }
  return found.sort();
}

/** One integration of the demo as an edge of the data-flow graph. */
interface DemoEdge {
  id: string;
  source: string;
  target: string;
  bidirectional: boolean;
}

/** The demo's integrations that carry data (retired ones carry nothing any more). */
function demoEdges(): DemoEdge[] {
  return demoOf('Integration')
    .filter((document) => (document.spec.status ?? 'active') !== 'retired')
    .map((document) => ({
      id: document.metadata.id,
      source: String(document.spec.source),
      target: String(document.spec.target),
      bidirectional: document.spec.direction === 'bidirectional',
    }));
}

/**
 * The systems reachable from `start` in the demo, with their distance: downstream along the data
 * flow, upstream against it, bidirectional integrations both ways.
 */
export function demoReachable(start: string, way: 'downstream' | 'upstream', maxDepth = Number.POSITIVE_INFINITY): Map<string, number> {
  const edges = demoEdges();
  const reached = new Map<string, number>();
  const seen = new Set([start]);
  let frontier = [start];
  for (let depth = 1; frontier.length > 0 && depth <= maxDepth; depth += 1) {
    const next: string[] = [];
    for (const from of frontier) {
      for (const edge of edges) {
        const forward = way === 'downstream' ? edge.source === from && edge.target : edge.target === from && edge.source;
        const backward = edge.bidirectional && (way === 'downstream' ? edge.target === from && edge.source : edge.source === from && edge.target);
        for (const to of [forward, backward]) {
          if (!to || seen.has(to)) continue;
          seen.add(to);
          reached.set(to, depth);
          next.push(to);
        }
      }
    }
    frontier = next;
  }
  return reached;
}

/** The demo's integrations whose data carries `object.field` (names compared without case). */
export function demoCarriers(object: string, field: string): DemoDocument[] {
  type Data = { object: string; fields?: { name: string }[] }[];
  return demoOf('Integration').filter((document) =>
    ((document.spec.data ?? []) as Data).some(
      (item) => item.object.toLowerCase() === object && (item.fields ?? []).some((candidate) => candidate.name.toLowerCase() === field),
    ),
  );
}

/** What a scenario expects of an output stream: texts it contains and patterns it matches, or nothing at all. */
export type StreamExpectation = (string | RegExp)[] | 'empty';

/** One row of a scenario table: what is there, what is run, and what must come back. */
export interface Scenario {
  /** What the scenario shows, as the test's name. */
  name: string;
  /** Files written into the workspace first, by path relative to it. */
  files?: Record<string, string>;
  /** Commands run first; each must succeed. `{dir}` stands for the workspace folder. */
  given?: string[][];
  /** The command under test; `{dir}` stands for the workspace folder. */
  command: string[];
  code: number;
  stdout?: StreamExpectation;
  stderr?: StreamExpectation;
  /** Texts that must not appear on either stream. */
  never?: string[];
  /** Further checks, e.g. that the catalog did or did not change. */
  then?: (workspace: Workspace, result: CliResult) => Promise<void> | void;
}

/** Checks one output stream against what a scenario expects of it. */
export function expectStream(text: string, expectation: StreamExpectation | undefined, stream: 'stdout' | 'stderr'): void {
  if (expectation === undefined) return;
  if (expectation === 'empty') {
    expect(text, `${stream} should be empty`).toBe('');
    return;
  }
  for (const expected of expectation) {
    if (typeof expected === 'string') expect(text, `${stream} should contain ${JSON.stringify(expected)}`).toContain(expected);
    else expect(text, `${stream} should match ${String(expected)}`).toMatch(expected);
  }
}

/** Replaces `{dir}` in arguments with the workspace folder. */
function placed(args: string[], workspace: Workspace): string[] {
  return args.map((arg) => arg.replaceAll('{dir}', workspace.dir));
}

/**
 * Plays one scenario in a workspace. `run` says how a command runs (local database by default;
 * server-mode tests pass one that adds --server).
 */
export async function playScenario(workspace: Workspace, scenario: Scenario, run: (args: string[]) => Promise<CliResult> = (args) => workspace.run(...args)): Promise<CliResult> {
  for (const [name, text] of Object.entries(scenario.files ?? {})) workspace.write(name, text);
  for (const step of scenario.given ?? []) {
    const given = await run(placed(step, workspace));
    expect(given.code, `given \`${step.join(' ')}\` failed:\n${given.stderr}`).toBe(0);
  }
  const result = await run(placed(scenario.command, workspace));
  expect(result.code, `exit code of \`${scenario.command.join(' ')}\`\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`).toBe(scenario.code);
  expectStream(result.stdout, scenario.stdout, 'stdout');
  expectStream(result.stderr, scenario.stderr, 'stderr');
  for (const text of scenario.never ?? []) {
    expect(result.stdout).not.toContain(text);
    expect(result.stderr).not.toContain(text);
  }
  await scenario.then?.(workspace, result);
  return result;
}
