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
      'packages/server|node:script:start:prod=file:dist/src/main @5',
      'packages/server|node:script:start=script:start:prod @6',
      'packages/server|node:script:worker:prod=file:dist/src/queue-worker/queue-worker @7',
    ]);
  });

  it("binds a tsconfig's outDir and rootDir, reading comments and trailing commas", async () => {
    const text = '{\n  // compiled next to the sources\n  "compilerOptions": {\n    "outDir": "./dist", /* output */\n    "rootDir": "./",\n  },\n}\n';
    expect(await bound('packages/server/tsconfig.json', text)).toEqual(['packages/server|tsconfig:outDir=./dist @4', 'packages/server|tsconfig:rootDir=./ @5']);
  });

  it('yields nothing for a package without scripts or a file that does not parse', async () => {
    expect(await bound('package.json', '{"name": "x"}')).toEqual([]);
    expect(await bound('package.json', '{ not json')).toEqual([]);
  });
});
