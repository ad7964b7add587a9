import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN_BUILD_OUTPUT, isBinBuildOutput, looksBinary, looksGenerated, walkTree } from './walk.js';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'patchbay-walk-'));
  const write = (path: string, text: string | Buffer) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('.gitignore', 'secret-notes/\n*.log\n');
  write('app/src/index.ts', 'fetch("http://cart:8080")');
  write('app/.gitignore', 'local.ts\n');
  write('app/local.ts', 'ignored by the nested .gitignore');
  write('app/debug.log', 'ignored by the root .gitignore');
  write('secret-notes/x.md', 'ignored folder');
  write('node_modules/axios/index.js', 'vendored');
  write('vendor/lib.go', 'vendored');
  write('api/cart.pb.go', '// generated');
  write('big.json', 'x'.repeat(2_000));
  symlinkSync('..', join(root, 'app', 'loop'));
  symlinkSync(join(root, 'nowhere'), join(root, 'dangling'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('bin/ folders', () => {
  it.each([
    ['a team\'s entry scripts at the top', 'bin', '', ['bin', 'app', 'docker-compose.yml', 'Dockerfile'], false],
    ['a service\'s scripts beside its package.json', 'bin', 'services/api/', ['bin', 'package.json', 'src'], false],
    ['a .NET project\'s output', 'bin', 'src/Billing/', ['bin', 'obj', 'Billing.csproj', 'Program.cs'], true],
    ['an F# project\'s output', 'bin', '', ['bin', 'App.fsproj'], true],
    ['an Eclipse Java project\'s output', 'bin', 'ledger/', ['.classpath', '.project', 'bin', 'src'], true],
    ['a virtualenv\'s programs', 'bin', 'env/', ['bin', 'lib', 'pyvenv.cfg'], true],
    ['a .NET configuration in a bin/ with no project beside it', 'Release', 'tools/bin/', ['Release', 'run'], true],
    ['a platform folder in a bin/', 'x64', 'bin/', ['x64'], true],
    ['a Release folder elsewhere', 'Release', 'docs/', ['Release'], false],
  ])('%s', (_label, name, rel, siblings, skipped) => expect(isBinBuildOutput(name, rel, siblings)).toBe(skipped));

  it('reads bin/ scripts and leaves out compiled output', async () => {
    const tree = mkdtempSync(join(tmpdir(), 'patchbay-walk-bin-'));
    const write = (path: string, text: string) => {
      mkdirSync(join(tree, path, '..'), { recursive: true });
      writeFileSync(join(tree, path), text);
    };
    try {
      write('bin/docker-worker', '#!/bin/bash\nexec celery -A proj worker\n');
      write('bin/Release/net8.0/appsettings.json', '{}');
      write('notifier/Notifier.csproj', '<Project />');
      write('notifier/bin/Debug/net8.0/appsettings.json', '{}');
      const { files, skipped } = await walkTree(tree, '');
      expect(files.map((file) => file.path)).toEqual(['bin/docker-worker', 'notifier/Notifier.csproj']);
      expect(skipped).toEqual([
        { path: 'bin/Release', reason: BIN_BUILD_OUTPUT },
        { path: 'notifier/bin', reason: BIN_BUILD_OUTPUT },
      ]);
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  });
});

describe('walkTree', () => {
  it('finds the files worth reading and says why it left out the others', async () => {
    const { files, skipped } = await walkTree(root, '');
    // Sizes are the reader's to check (scan-file.test.ts): a big file is still walked.
    expect(files.map((file) => file.path)).toEqual(['.gitignore', 'app/.gitignore', 'app/src/index.ts', 'big.json']);
    const reasons = Object.fromEntries(skipped.map((item) => [item.path, item.reason]));
    expect(reasons).toMatchObject({
      'app/local.ts': 'ignored by .gitignore',
      'app/debug.log': 'ignored by .gitignore',
      'secret-notes': 'ignored by .gitignore',
      node_modules: 'dependencies, vendored code or build output',
      vendor: 'dependencies, vendored code or build output',
      'api/cart.pb.go': 'generated code',
      'app/loop': 'symbolic link loop (already scanned)',
      dangling: 'broken symbolic link',
    });
  });

  it('reads what git tracks though a .gitignore lists it, and leaves out only what it does not track', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'patchbay-walk-git-'));
    try {
      const write = (path: string, text: string) => {
        mkdirSync(join(repo, path, '..'), { recursive: true });
        writeFileSync(join(repo, path), text);
      };
      write('.gitignore', '.env\nsecrets/\n');
      write('deploy/.env', 'ISSUER=http://keycloak:8080/realms/acme');
      write('.env', 'a developer\'s own');
      write('secrets/kept.txt', 'committed with -f');
      write('secrets/local.txt', 'never committed');
      const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' });
      git('init', '-q');
      git('add', '.gitignore');
      git('add', '-f', 'deploy/.env', 'secrets/kept.txt');
      const { files, skipped } = await walkTree(repo, '');
      expect(files.map((file) => file.path)).toEqual(['.gitignore', 'deploy/.env', 'secrets/kept.txt']);
      expect(skipped.filter((item) => item.reason === 'ignored by .gitignore').map((item) => item.path)).toEqual(['.env', 'secrets/local.txt']);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it('labels paths when several roots are scanned', async () => {
    const { files } = await walkTree(join(root, 'app'), 'app');
    expect(files.map((file) => file.path)).toContain('app/src/index.ts');
  });

  it('walks the first of two links to one outside folder, in name order, however the walk interleaves', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'patchbay-walk-outside-'));
    const tree = mkdtempSync(join(tmpdir(), 'patchbay-walk-links-'));
    try {
      mkdirSync(join(outside, 'lib'), { recursive: true });
      writeFileSync(join(outside, 'lib', 'client.ts'), 'fetch("http://cart:8080")');
      for (let index = 0; index < 30; index += 1) {
        mkdirSync(join(tree, `pkg${String(index).padStart(2, '0')}`, 'src'), { recursive: true });
        writeFileSync(join(tree, `pkg${String(index).padStart(2, '0')}`, 'src', 'index.ts'), 'export {}');
      }
      symlinkSync(outside, join(tree, 'pkg05', 'shared'));
      symlinkSync(outside, join(tree, 'pkg20', 'shared'));
      const { files, skipped } = await walkTree(tree, '');
      const paths = files.map((file) => file.path);
      expect(paths).toContain('pkg05/shared/lib/client.ts');
      expect(paths).not.toContain('pkg20/shared/lib/client.ts');
      expect(skipped).toContainEqual({ path: 'pkg20/shared', reason: 'symbolic link loop (already scanned)' });
      // depth-first, in name order
      expect(paths).toEqual([...paths].sort());
      expect(paths).toHaveLength(31);
    } finally {
      rmSync(tree, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('reports a root that does not exist', async () => {
    const { files, skipped } = await walkTree(join(root, 'missing'), '');
    expect(files).toEqual([]);
    expect(skipped[0]?.reason).toBe('does not exist or cannot be read');
  });
});

describe('content checks', () => {
  it.each([
    [Buffer.from('plain text'), false],
    [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), true],
  ])('looksBinary(%o) is %s', (bytes, binary) => expect(looksBinary(bytes)).toBe(binary));

  it.each([
    ['// Code generated by protoc-gen-go. DO NOT EDIT.\npackage x', true],
    ['# @generated by a tool', true],
    ['// <auto-generated />', true],
    ['package main // hand written', false],
    ['@Entity class Order { @Id @GeneratedValue Long id; }', false],
  ])('looksGenerated(%j) is %s', (text, generated) => expect(looksGenerated(text)).toBe(generated));
});
