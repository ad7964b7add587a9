import { describe, expect, it } from 'vitest';
import { evidenceFor } from '../../source.js';
import { blankComments, loadedModules, moduleImportsSource } from './module-imports.js';

describe('loadedModules', () => {
  it.each<[string, string, string[]]>([
    ['named, default and namespace imports', "import { A } from './a';\nimport B from \"./b\";\nimport * as C from './c';", ['./a', './b', './c']],
    ['an import over several lines', "import {\n  WorkerModule,\n  Other,\n} from './worker.module';", ['./worker.module']],
    ['a side-effect import and a re-export', "import './polyfills';\nexport * from './mail';\nexport { X } from '../x';", ['./polyfills', './mail', '../x']],
    ['require and dynamic import', "const db = require('./db');\nconst lazy = await import('./lazy');", ['./db', './lazy']],
    ['type-only imports and re-exports load nothing', "import type { Job } from './job';\nexport type { Job } from './job';", []],
    ['commented-out imports load nothing', "// import { X } from './x';\n/* import { Y } from './y'; */\nconst url = 'http://a//b';", []],
    ['packages are kept as written', "import { Module } from '@nestjs/common';", ['@nestjs/common']],
    ['statements after `;` and `}` on one line, and at the very start', "import './a'; import './b';\nif (x) {}import './c';", ['./a', './b', './c']],
    ['a keyword inside a word or after other code starts nothing', "const reimport = 1; x.import './d';\nfoo export * from './e';", []],
    ['an import left in a block comment loads nothing', "/*\nimport { Z } from './z';\n*/\nexport * from './kept';", ['./kept']],
    ['an unterminated string stops at its line', "const s = 'it\\'s // not a comment\nimport './after';", ['./after']],
  ])('%s', (_label, text, expected) => {
    expect(loadedModules(text)).toEqual(expected);
  });

  it('keeps lines and string literals when blanking comments', () => {
    const text = "const a = '// not a comment'; // gone\n/* x\n y */ b";
    const blanked = blankComments(text);
    expect(blanked.split('\n')).toHaveLength(3);
    expect(blanked).toContain("'// not a comment'");
    expect(blanked).not.toContain('gone');
  });
});

describe('module-imports source', () => {
  const read = async (path: string, text: string) => {
    const file = { path, text };
    return moduleImportsSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no parse'); }, rules: [] });
  };

  it('resolves relative specifiers against the file and keeps baseUrl paths apart', async () => {
    const facts = await read('packages/server/src/queue-worker/worker.module.ts', "import { DatabaseModule } from '../database/database.module';\nimport { MailModule } from 'src/mail/mail.module';\nimport { Module } from '@nestjs/common';\n");
    expect(facts).toEqual([{ type: 'module-imports', files: ['packages/server/src/database/database.module'], bare: ['src/mail/mail.module', '@nestjs/common'], imports: { 'packages/server/src/database/database.module': ['DatabaseModule'], 'src/mail/mail.module': ['MailModule'], '@nestjs/common': ['Module'] }, evidence: { file: 'packages/server/src/queue-worker/worker.module.ts', line: 1, excerpt: "import { DatabaseModule } from '../database/database.module';" } }]);
  });

  it('keeps packages, which may be workspace packages or tsconfig aliases, and not Node built-ins', async () => {
    const facts = await read('apps/web/src/app/page.tsx', "// @ts-nocheck\nimport fs from 'node:fs';\nimport path from 'path';\nimport { db } from '@acme/shared';\nimport { x } from '@/lib/x';\n");
    expect(facts).toEqual([{ type: 'module-imports', files: [], bare: ['@acme/shared', '@/lib/x'], imports: { '@acme/shared': ['db'], '@/lib/x': ['x'] }, evidence: { file: 'apps/web/src/app/page.tsx', line: 4, excerpt: "import { db } from '@acme/shared';" } }]);
  });

  it('yields nothing for a file loading nothing or only built-ins, and exporting nothing', async () => {
    expect(await read('src/main.ts', "import { readFile } from 'node:fs/promises';\n")).toEqual([]);
    expect(await read('src/config.json.ts', 'const port = 3000;\n')).toEqual([]);
  });

  it.each<[string, string, string[] | undefined]>([
    ['a commented-out import', "import { A } from './a';\n// import { RedisCache } from './cache/redis-cache';\n", ['src/cache/redis-cache']],
    ['a block comment with a require and a dynamic import', "/*\nconst legacy = require('../legacy/client');\nawait import('src/beta/flag');\n*/\nexport const x = 1;\n", ['legacy/client', 'src/beta/flag']],
    ['a commented-out re-export', "// export * from './old-api';\nexport const y = 2;\n", ['src/old-api']],
    ['prose naming no module', "// import what you need from the shared package, see the README\nexport const z = 3;\n", undefined],
    ['an import only in a string', "const text = '// import { A } from \\'./a\\'';\nexport default text;\n", undefined],
  ])('records the modules %s loads', async (_, text, commented) => {
    const [fact] = await read('src/app.ts', text);
    expect(fact && 'commented' in fact ? fact.commented : undefined).toEqual(commented);
  });

  it('keeps what a file exports even when it loads nothing: a barrel asks it for names', async () => {
    expect(await read('src/config.ts', 'export const port = 3000;\nexport default port;\n')).toEqual([{ type: 'module-imports', files: [], exports: ['default', 'port'], evidence: { file: 'src/config.ts', line: 1, excerpt: 'export const port = 3000;' } }]);
  });

  it.each<[string, string, Record<string, unknown>]>([
    ['named, default and type-only names; a namespace takes all', "import Db, { Queue, type Job, Cache as C } from '@acme/shared';\nimport * as all from './all';\nimport './side';", { imports: { '@acme/shared': ['Cache', 'Queue', 'default'] } }],
    ['require with a destructuring or a member; a bare require takes all', "const { Mailer, S3: s3 } = require('@acme/mail');\nconst q = require('@acme/queue').Producer;\nconst all = require('@acme/all');", { imports: { '@acme/mail': ['Mailer', 'S3'], '@acme/queue': ['Producer'] } }],
    [
      'a barrel: export *, export { } from, export * as, and an import exported again',
      "export * from './services/cache';\nexport { Mailer, default as Smtp } from './mail/mailer';\nexport * as storage from './storage';\nimport { Queue } from './queue';\nexport { Queue };\nexport const VERSION = 1;",
      {
        imports: { 'lib/services/cache': [], 'lib/mail/mailer': [], 'lib/storage': [], 'lib/queue': ['Queue'] },
        exports: ['VERSION'],
        reexports: [{ from: 'lib/services/cache' }, { from: 'lib/mail/mailer', names: { Mailer: 'Mailer', Smtp: 'default' } }, { from: 'lib/storage', names: { storage: '*' } }, { from: 'lib/queue', names: { Queue: 'Queue' } }],
      },
    ],
    ['declarations exported, default included', "import { x } from './x';\nexport class CacheService {}\nexport async function connect() {}\nexport const enum Mode { A }\nexport default function main() {}\nconst local = 1;\nexport { local as renamed };", { imports: { 'lib/x': ['x'] }, exports: ['CacheService', 'Mode', 'connect', 'default', 'main', 'renamed'] }],
    ['CommonJS exports: which names is not read', "const { x } = require('./x');\nmodule.exports = { run };", { imports: { 'lib/x': ['x'] } }],
  ])('names: %s', async (_label, text, expected) => {
    const [fact] = await read('lib/index.ts', text);
    const { imports, exports, reexports } = fact as { imports?: unknown; exports?: unknown; reexports?: unknown };
    expect({ ...(imports ? { imports } : {}), ...(exports ? { exports } : {}), ...(reexports ? { reexports } : {}) }).toEqual(expected);
  });

  it.each([
    ['src/main.ts', true],
    ['src/app.mjs', true],
    ['src/types.d.ts', false],
    ['node_modules/x/index.js', false],
    ['src/app.spec.ts', false],
  ])('accepts %s: %s', (path, accepted) => {
    expect(moduleImportsSource.accepts(path)).toBe(accepted);
  });
});
