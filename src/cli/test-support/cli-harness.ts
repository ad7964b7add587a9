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
  async counts(): Promise<Record<string, number>> {
    const result = await this.run('--json', 'init');
    if (result.code !== 0) throw new Error(`init failed: ${result.stderr}`);
    return jsonOf<{ counts: Record<string, number> }>(result).counts;
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
