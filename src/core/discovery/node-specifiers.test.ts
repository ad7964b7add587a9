import { describe, expect, it } from 'vitest';
import { NODE_PACKAGE_EXPORTS_KEY, NODE_PACKAGE_NAME_KEY, SpecifierResolver, TSCONFIG_CONFIG_KEY, exportsTargets, moduleResolverOf, splitPackageSpecifier, workspacePackageFolders, type TsconfigFile, type WorkspacePackage } from './node-specifiers.js';

describe('exportsTargets', () => {
  it.each<[string, Record<string, unknown>, [string, string[]][]]>([
    ['main only', { main: './src/index.ts' }, [['.', ['./src/index.ts']]]],
    ['types before main', { main: './dist/index.js', types: './dist/index.d.ts' }, [['.', ['./dist/index.d.ts', './dist/index.js']]]],
    ['an exports string', { exports: './src/index.ts', main: './dist/index.js' }, [['.', ['./src/index.ts']]]],
    ['a conditions object alone is the "." entry', { exports: { import: './dist/index.mjs', types: './src/index.ts' } }, [['.', ['./src/index.ts', './dist/index.mjs']]]],
    [
      'subpaths with nested conditions, main for "." when exports has none',
      { main: './src/index.ts', exports: { './server': { types: './src/server/index.ts', default: './dist/server/index.js' }, './*': './src/*.ts' } },
      [
        ['./server', ['./src/server/index.ts', './dist/server/index.js']],
        ['./*', ['./src/*.ts']],
        ['.', ['./src/index.ts']],
      ],
    ],
    ['nothing', { name: 'x' }, []],
  ])('%s', (_label, manifest, expected) => {
    expect(exportsTargets(manifest)).toEqual(expected);
  });
});

describe('splitPackageSpecifier', () => {
  it.each<[string, ReturnType<typeof splitPackageSpecifier>]>([
    ['@acme/shared', { name: '@acme/shared', subpath: '' }],
    ['@acme/shared/src/server', { name: '@acme/shared', subpath: 'src/server' }],
    ['shared/db', { name: 'shared', subpath: 'db' }],
    ['./x', undefined],
    ['node:fs', undefined],
    ['@acme', undefined],
  ])('%s', (specifier, expected) => {
    expect(splitPackageSpecifier(specifier)).toEqual(expected);
  });
});

describe('SpecifierResolver', () => {
  const known = new Set([
    'packages/shared/src/index.ts',
    'packages/shared/src/server/index.ts',
    'packages/shared/src/server/llm.ts',
    'packages/shared/src/queue/producer.ts',
    'packages/db/src/index.ts',
    'packages/utils/index.js',
    'packages/utils/lib/strings.js',
    'apps/web/src/lib/drafts.ts',
    'apps/web/src/components/Button/index.tsx',
    'apps/worker/src/jobs/digest.ts',
    'apps/api/src/config.ts',
    'examples/starter/shared/src/index.ts',
  ]);
  const packages: WorkspacePackage[] = [
    { folder: 'packages/shared', name: '@acme/shared', exports: [['.', ['./src/index.ts']], ['./server', ['./src/server/index.ts']], ['./queue', ['./src/queue/producer.ts']]] },
    // Built: the entry names the compiled file, read from its source through the package's tsconfig.
    { folder: 'packages/db', name: '@acme/db', exports: [['.', ['./dist/index.d.ts', './dist/index.js']]] },
    { folder: 'packages/utils', name: 'utils', exports: [] },
    { folder: 'examples/starter/shared', name: '@acme/shared', exports: [['.', ['./src/index.ts']]] },
  ];
  const tsconfigs: TsconfigFile[] = [
    // No baseUrl: the paths are relative to the file declaring them.
    { path: 'tsconfig.base.json', options: { paths: { '@shared/*': ['packages/shared/src/*'] } } },
    { path: 'apps/web/tsconfig.json', options: { extends: ['../../tsconfig.base.json'], paths: { '@/*': ['./src/*'] } } },
    { path: 'apps/worker/tsconfig.json', options: { extends: ['./tsconfig.paths.json'], outDir: 'dist' } },
    { path: 'apps/worker/tsconfig.paths.json', options: { baseUrl: '.', paths: { '~/*': ['src/*'] } } },
    { path: 'apps/api/tsconfig.json', options: { extends: ['../../tsconfig.base.json'], baseUrl: '.' } },
    { path: 'packages/db/tsconfig.json', options: { outDir: 'dist', rootDir: 'src' } },
  ];
  const resolver = new SpecifierResolver(tsconfigs, packages, known);

  it.each<[string, string, string, string | undefined]>([
    ['a package by name: its "." export', 'apps/web/src/lib/drafts.ts', '@acme/shared', 'packages/shared/src/index.ts'],
    ['a subpath export', 'apps/web/src/app/api/route.ts', '@acme/shared/queue', 'packages/shared/src/queue/producer.ts'],
    ['a path inside the package with no export for it', 'apps/worker/src/jobs/digest.ts', '@acme/shared/src/server/llm', 'packages/shared/src/server/llm.ts'],
    ['a folder inside the package: its index', 'apps/worker/src/index.ts', '@acme/shared/src/server', 'packages/shared/src/server/index.ts'],
    ['a compiled entry read from its source', 'apps/web/src/lib/drafts.ts', '@acme/db', 'packages/db/src/index.ts'],
    ['a package with no entry: its index', 'apps/web/src/lib/drafts.ts', 'utils', 'packages/utils/index.js'],
    ['a path inside a plain JavaScript package', 'apps/web/src/lib/drafts.ts', 'utils/lib/strings', 'packages/utils/lib/strings.js'],
    ['of two packages of one name, the nearest', 'examples/app/main.ts', '@acme/shared', 'examples/starter/shared/src/index.ts'],
    ['a package nobody in the scan is', 'apps/web/src/lib/drafts.ts', 'react', undefined],
  ])('package: %s', (_label, from, specifier, expected) => {
    expect(resolver.packageFile(from, specifier)).toBe(expected);
  });

  it.each<[string, string, string, string | undefined]>([
    ['paths relative to the declaring config', 'apps/web/src/app/page.tsx', '@/lib/drafts', 'apps/web/src/lib/drafts.ts'],
    ['a folder: its index', 'apps/web/src/app/page.tsx', '@/components/Button', 'apps/web/src/components/Button/index.tsx'],
    ['paths inherited through extends, relative to the base', 'apps/api/src/main.ts', '@shared/server/llm', 'packages/shared/src/server/llm.ts'],
    ['paths of its own replace those it extends', 'apps/web/src/app/page.tsx', '@shared/server/llm', undefined],
    ['baseUrl and paths of an extended file in the folder', 'apps/worker/src/index.ts', '~/jobs/digest', 'apps/worker/src/jobs/digest.ts'],
    ['a baseUrl path', 'apps/api/src/main.ts', 'src/config', 'apps/api/src/config.ts'],
    ['an alias of another app is not this one', 'apps/api/src/main.ts', '@/lib/drafts', undefined],
    ['a package name is no alias', 'apps/web/src/app/page.tsx', 'react', undefined],
  ])('alias: %s', (_label, from, specifier, expected) => {
    expect(resolver.aliasFile(from, specifier)).toBe(expected);
  });

  it('follows extends by a workspace package name', () => {
    const shared = new SpecifierResolver(
      [
        { path: 'packages/tsconfig/nextjs.json', options: { baseUrl: '.', paths: { '#ui/*': ['../ui/src/*'] } } },
        { path: 'apps/web/tsconfig.json', options: { extends: ['@acme/tsconfig/nextjs.json'] } },
      ],
      [{ folder: 'packages/tsconfig', name: '@acme/tsconfig', exports: [] }],
      new Set(['packages/ui/src/button.tsx']),
    );
    expect(shared.aliasFile('apps/web/src/page.tsx', '#ui/button')).toBe('packages/ui/src/button.tsx');
  });
});

describe('moduleResolverOf', () => {
  const known = new Set(['packages/shared/src/index.ts', 'apps/web/src/lib/db.ts', 'server/src/mail/mail.module.ts']);
  const resolve = moduleResolverOf(
    [
      { scope: 'packages/shared', key: NODE_PACKAGE_NAME_KEY, value: '@acme/shared' },
      { scope: 'packages/shared', key: NODE_PACKAGE_EXPORTS_KEY, value: JSON.stringify([['.', ['./src/index.ts']]]) },
      { scope: 'apps/web', key: `${TSCONFIG_CONFIG_KEY}tsconfig.json`, value: JSON.stringify({ paths: { '@/*': ['./src/*'] } }) },
      { scope: 'apps/web', key: 'DATABASE_URL', value: 'postgres://db' },
    ],
    known,
    (file) => (file.startsWith('server/') ? 'server' : undefined),
  );

  it.each<[string, string, string | undefined]>([
    ['apps/web/src/app/page.tsx', '@acme/shared', 'packages/shared/src/index.ts'],
    ['apps/web/src/app/page.tsx', '@/lib/db', 'apps/web/src/lib/db.ts'],
    // No tsconfig read: a `src/…` path under the package folder, as before.
    ['server/src/app.module.ts', 'src/mail/mail.module', 'server/src/mail/mail.module.ts'],
    ['server/src/app.module.ts', '@nestjs/common', undefined],
  ])('%s imports %s', (from, specifier, expected) => {
    expect(resolve(from, specifier)).toBe(expected);
  });
});

describe('workspacePackageFolders', () => {
  it('maps each package name a package.json of the scan declares to its folder, the first declaring it winning', () => {
    const folders = workspacePackageFolders([
      { scope: 'packages/backend-core', key: NODE_PACKAGE_NAME_KEY, value: '@acme/backend-core' },
      { scope: 'packages/server', key: NODE_PACKAGE_NAME_KEY, value: '@acme/server' },
      { scope: 'examples/backend-core', key: NODE_PACKAGE_NAME_KEY, value: '@acme/backend-core' },
      { scope: 'packages/server', key: 'tsconfig:outDir', value: 'dist' },
    ]);
    expect([...folders]).toEqual([['@acme/backend-core', 'packages/backend-core'], ['@acme/server', 'packages/server']]);
  });
});
