/**
 * The built `patchbay` binary as a shell runs it: the true process exit code, what reaches the
 * real stdout and stderr, and help and version. Only what needs a process is checked here; the
 * in-process tests cover behaviour. `npm test` builds dist/ first; a missing build is made here.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from './main.js';
import { REPO_ROOT, type CliResult } from './test-support/cli-harness.js';

const BIN = join(REPO_ROOT, 'bin', 'patchbay.js');

let dir: string;

beforeAll(() => {
  if (!existsSync(join(REPO_ROOT, 'dist', 'cli', 'main.js'))) {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: REPO_ROOT, stdio: 'inherit' });
  }
  dir = mkdtempSync(join(tmpdir(), 'patchbay-bin-'));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the binary in the temporary folder with a bare environment (no DATABASE_URL, no PATCHBAY_*). */
function spawnCli(args: string[], options: { closeStdout?: boolean } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: dir }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    if (options.closeStdout) child.stdout.destroy();
    else child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('the patchbay binary', () => {
  it('--help lists every command and exits 0', async () => {
    const result = await spawnCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Usage: patchbay \[options\] \[command\]/);
    const commands = buildProgram().commands.map((command) => command.name());
    expect(commands.length).toBeGreaterThan(10);
    for (const command of commands) expect(result.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  });

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await spawnCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('exits with the code of each error kind', async () => {
    // No --database: the default ./patchbay.db is made in the temporary working folder.
    const init = await spawnCli(['init', '--demo']);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stderr).toContain(`Catalog database ready at ${join(dir, 'patchbay.db')}`);
    expect(existsSync(join(dir, 'patchbay.db'))).toBe(true);

    const cases: [string[], number, string][] = [
      [['systems', 'show', 'erp'], 0, ''],
      [['systems', 'show', 'ghost'], 3, "error: System 'ghost' does not exist\n"],
      [['systems', 'add', 'erp', '--name', 'ERP', '--kind', 'saas'], 5, "error: System 'erp' already exists"],
      [['systems', 'list', '--colour', 'red'], 2, "error: unknown option '--colour'"],
      [['--server', 'http://127.0.0.1:9', 'teams', 'list'], 6, 'error: Cannot reach the Patchbay server at http://127.0.0.1:9'],
    ];
    const results = await Promise.all(cases.map(([args]) => spawnCli(args)));
    cases.forEach(([args, code, message], index) => {
      const result = results[index] as CliResult;
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(code);
      if (message) expect(result.stderr).toContain(message);
      else expect(JSON.parse(result.stdout)).toMatchObject({ id: 'erp' });
      expect(result.stderr).not.toMatch(/\n\s+at /);
    });
  });

  it('ends quietly when the reader of its output goes away', async () => {
    const result = await spawnCli(['--help'], { closeStdout: true });
    expect(result.stderr).not.toContain('EPIPE');
    expect(result.code).toBe(0);
  });
});
