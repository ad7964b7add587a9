import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { nodePackageSource } from './node-package.js';

async function bound(path: string, text: string): Promise<string[]> {
  const file = { path, text };
  const facts: Fact[] = await nodePackageSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
  return facts.map((fact) => (fact.type === 'binding' ? `${fact.scope}|${fact.key}=${fact.value} @${fact.evidence.line}` : fact.type));
}

describe('node-package source', () => {
  it('binds the scripts that start a Node process, following scripts that run others', async () => {
    const text = JSON.stringify({ name: '@acme/server', scripts: { build: 'nest build', 'start:prod': 'node dist/src/main', start: 'npm run start:prod', 'worker:prod': 'yarn migrate && node dist/src/queue-worker/queue-worker', lint: 'eslint .' } }, null, 2);
    expect(await bound('packages/server/package.json', text)).toEqual([
      'packages/server|node:package:name=@acme/server @2',
      'packages/server|node:script:start:prod=file:dist/src/main @5',
      'packages/server|node:script:start=script:start:prod @6',
      'packages/server|node:script:worker:prod=file:dist/src/queue-worker/queue-worker @7',
    ]);
  });

  it('binds the programs a package installs: each `bin` entry, a string `bin` named after the package', async () => {
    const text = JSON.stringify({ name: 'acme', bin: { acme: './bin/acme', 'acme-admin': './bin/admin.js' } }, null, 2);
    expect(await bound('packages/cli/package.json', text)).toEqual(['packages/cli|node:package:name=acme @2', 'packages/cli|node:bin:acme=./bin/acme @3', 'packages/cli|node:bin:acme-admin=./bin/admin.js @3']);
    const single = JSON.stringify({ name: '@acme/tool', bin: 'dist/cli.js' }, null, 2);
    expect(await bound('tools/package.json', single)).toEqual(['tools|node:package:name=@acme/tool @2', 'tools|node:bin:tool=dist/cli.js @3']);
  });

  it("binds a tsconfig's outDir and rootDir, reading comments and trailing commas", async () => {
    const text = '{\n  // compiled next to the sources\n  "compilerOptions": {\n    "outDir": "./dist", /* output */\n    "rootDir": "./",\n  },\n}\n';
    expect(await bound('packages/server/tsconfig.json', text)).toEqual([
      'packages/server|tsconfig:outDir=./dist @4',
      'packages/server|tsconfig:rootDir=./ @5',
      'packages/server|tsconfig:config:tsconfig.json={"outDir":"./dist","rootDir":"./"} @3',
    ]);
  });

  it("binds a workspace package's name and entry points, and whether it is a Next.js app", async () => {
    const shared = JSON.stringify({ name: '@acme/shared', main: './src/index.ts', exports: { '.': './src/index.ts', './server': { types: './src/server/index.ts', default: './dist/server/index.js' } } }, null, 2);
    expect(await bound('packages/shared/package.json', shared)).toEqual([
      'packages/shared|node:package:name=@acme/shared @2',
      'packages/shared|node:package:exports=[[".",["./src/index.ts"]],["./server",["./src/server/index.ts","./dist/server/index.js"]]] @4',
    ]);
    const web = JSON.stringify({ name: 'web', scripts: { start: 'next start', build: 'next build' }, dependencies: { next: '14.2.0' } }, null, 2);
    expect(await bound('apps/web/package.json', web)).toEqual(['apps/web|node:package:name=web @2', 'apps/web|node:next-app=next @8', 'apps/web|node:script:start=next:server @4']);
  });

  it("binds each tsconfig file's extends, baseUrl and paths", async () => {
    const text = '{\n  "extends": "../../tsconfig.base.json",\n  "compilerOptions": {\n    "baseUrl": ".",\n    "paths": { "@/*": ["./src/*"] },\n  },\n}\n';
    expect(await bound('apps/web/tsconfig.json', text)).toEqual(['apps/web|tsconfig:config:tsconfig.json={"extends":["../../tsconfig.base.json"],"baseUrl":".","paths":{"@/*":["./src/*"]}} @5']);
    // Another tsconfig of the folder keeps its own name and binds no outDir of the folder.
    expect(await bound('tsconfig.base.json', '{"compilerOptions": {"outDir": "dist"}}')).toEqual(['|tsconfig:config:tsconfig.base.json={"outDir":"dist"} @1']);
  });

  it('yields nothing for a package without scripts or a file that does not parse', async () => {
    expect(await bound('package.json', '{"version": "1.0.0"}')).toEqual([]);
    expect(await bound('package.json', '{ not json')).toEqual([]);
  });
});
