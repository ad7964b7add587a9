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
    expect(facts).toEqual([{ type: 'module-imports', files: ['packages/server/src/database/database.module'], bare: ['src/mail/mail.module', '@nestjs/common'], evidence: { file: 'packages/server/src/queue-worker/worker.module.ts', line: 1, excerpt: "import { DatabaseModule } from '../database/database.module';" } }]);
  });

  it('keeps packages, which may be workspace packages or tsconfig aliases, and not Node built-ins', async () => {
    const facts = await read('apps/web/src/app/page.tsx', "// @ts-nocheck\nimport fs from 'node:fs';\nimport path from 'path';\nimport { db } from '@acme/shared';\nimport { x } from '@/lib/x';\n");
    expect(facts).toEqual([{ type: 'module-imports', files: [], bare: ['@acme/shared', '@/lib/x'], evidence: { file: 'apps/web/src/app/page.tsx', line: 4, excerpt: "import { db } from '@acme/shared';" } }]);
  });

  it('yields nothing for a file loading nothing or only built-ins', async () => {
    expect(await read('src/main.ts', "import { readFile } from 'node:fs/promises';\n")).toEqual([]);
    expect(await read('src/config.ts', 'export const port = 3000;\n')).toEqual([]);
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
