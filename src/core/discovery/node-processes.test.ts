import { describe, expect, it } from 'vitest';
import type { ImageBuildFact, ModuleImportsFact } from './facts.js';
import { ModuleGraph, NEXT_SERVER_PROCESS, dockerfileBuilds, dockerfileOfImage, imageCodeFolder, moduleFile, nextEntries, nodeProcessOf, processProjectRoot, sourceCandidates } from './node-processes.js';

const at = (file: string) => ({ file, line: 1, excerpt: '' });

describe('nodeProcessOf', () => {
  it.each([
    ['node dist/src/main', 'file:dist/src/main'],
    ['node --enable-source-maps -r dotenv/config dist/main.js', 'file:dist/main.js'],
    ['dumb-init node server.js', 'file:server.js'],
    [' node dist/main', 'file:dist/main'],
    ['ts-node src/worker.ts', 'file:src/worker.ts'],
    ['yarn worker:prod', 'script:worker:prod'],
    ['yarn run worker:prod', 'script:worker:prod'],
    ['yarn workspace @acme/server worker:prod', 'script:worker:prod'],
    ['npm run worker', 'script:worker'],
    ['npm run-script worker', 'script:worker'],
    ['npm start', 'script:start'],
    ['npm --prefix packages/server start', 'script:start'],
    ['pnpm start:worker', 'script:start:worker'],
    ['pnpm --filter server run start:worker', 'script:start:worker'],
    ['/usr/local/bin/node /app/index.js', 'file:/app/index.js'],
    ['next start', NEXT_SERVER_PROCESS],
    ['next start -p 3000', NEXT_SERVER_PROCESS],
    ['npx next start', NEXT_SERVER_PROCESS],
    ['node node_modules/.bin/next start', NEXT_SERVER_PROCESS],
  ])('%s → %s', (command, expected) => {
    expect(nodeProcessOf(command.split(' '))).toBe(expected);
  });

  it.each([['npm ci'], ['yarn install'], ['node -e console.log(1)'], ['node'], ['python manage.py runserver'], ['npm audit'], ['next build'], ['next lint']])('%s starts no process of the package', (command) => {
    expect(nodeProcessOf(command.split(' '))).toBeUndefined();
  });
});

describe('sourceCandidates', () => {
  it.each([
    ['dist/src/main', { outDir: './dist', rootDir: './' }, ['src/main', 'dist/src/main']],
    ['dist/main', { outDir: 'dist', rootDir: 'src' }, ['src/main', 'dist/main']],
    ['dist/main.js', { outDir: 'dist' }, ['src/main.js', 'main.js', 'dist/main.js']],
    ['lib/index.js', { outDir: 'dist' }, ['lib/index.js', 'index.js', 'src/index.js']],
    ['./build/worker', {}, ['build/worker', 'worker', 'src/worker']],
    ['server.js', {}, ['server.js']],
  ])('%s with %j', (file, tsconfig, expected) => {
    expect(sourceCandidates(file, tsconfig)).toEqual(expected);
  });
});

describe('moduleFile', () => {
  const known = new Set(['a/src/main.ts', 'a/src/mail/index.ts', 'a/lib/util.js']);
  it.each([
    ['a/src/main', 'a/src/main.ts'],
    ['a/src/main.js', 'a/src/main.ts'],
    ['a/src/mail', 'a/src/mail/index.ts'],
    ['a/lib/util.js', 'a/lib/util.js'],
    ['a/src/missing', undefined],
  ])('%s → %s', (path, expected) => {
    expect(moduleFile(path, known)).toBe(expected);
  });
});

describe('ModuleGraph', () => {
  const imports = (file: string, files: string[], bare?: string[]): ModuleImportsFact => ({ type: 'module-imports', files, ...(bare ? { bare } : {}), evidence: at(file) });
  const facts = [
    imports('p/src/main.ts', ['p/src/app.module']),
    imports('p/src/app.module.ts', ['p/src/db/db.module', 'p/src/cache/cache']),
    imports('p/src/worker/worker.ts', ['p/src/worker/worker.module']),
    imports('p/src/worker/worker.module.ts', ['p/src/db/db.module'], ['src/mail/mail.service']),
    imports('p/src/db/db.module.ts', ['p/src/app.module']),
  ];
  const known = new Set([...facts.map((fact) => fact.evidence.file), 'p/src/cache/cache.ts', 'p/src/mail/mail.service.ts']);
  const graph = new ModuleGraph(facts, known, (_from, specifier) => moduleFile(`p/${specifier}`, known));

  it('reaches what each entry loads, through cycles, and bare specifiers under the package', () => {
    expect([...graph.reach('p/src/main.ts')].sort()).toEqual(['p/src/app.module.ts', 'p/src/cache/cache.ts', 'p/src/db/db.module.ts', 'p/src/main.ts']);
    expect(graph.reach('p/src/worker/worker.ts').has('p/src/mail/mail.service.ts')).toBe(true);
    expect(graph.reach('p/src/worker/worker.ts').has('p/src/cache/cache.ts')).toBe(true);
  });

  it('reaches nothing but the entry from a file importing nothing', () => {
    expect([...graph.reach('p/src/cache/cache.ts')]).toEqual(['p/src/cache/cache.ts']);
  });

  it('reaches from several entries at once, each file with the file that loaded it first', () => {
    const reached = graph.reachAll(['p/src/main.ts', 'p/src/worker/worker.ts']);
    expect(reached.get('p/src/main.ts')).toBeUndefined();
    expect(reached.get('p/src/cache/cache.ts')).toBe('p/src/app.module.ts');
    expect(reached.get('p/src/mail/mail.service.ts')).toBe('p/src/worker/worker.module.ts');
  });

  it.each<[string, boolean]>([
    ['p/src/cache/cache.ts', true],
    ['p/src/mail/mail.service.ts', true],
    ['p/src/app.module.ts', true],
    ['p/src/main.ts', false],
    ['p/src/unused/points-counter.ts', false],
  ])('knows whether any file loads %s', (file, expected) => {
    expect(graph.isLoaded(file)).toBe(expected);
  });
});

describe('ModuleGraph names through re-exports', () => {
  type Names = Pick<ModuleImportsFact, 'imports' | 'exports' | 'reexports'>;
  const module = (file: string, files: string[], names: Names, bare?: string[]): ModuleImportsFact => ({ type: 'module-imports', files, ...(bare ? { bare } : {}), ...names, evidence: at(file) });
  const lib = 'libs/shared/src';
  const facts = [
    // The barrel: `export * from` each service, `export { Mailer } from`, `export * as storage from`.
    module(`${lib}/index.ts`, [`${lib}/services/cache`, `${lib}/services/queue`, `${lib}/mail/mailer`, `${lib}/storage/s3`, `${lib}/polyfills`], {
      imports: { [`${lib}/services/cache`]: [], [`${lib}/services/queue`]: [], [`${lib}/mail/mailer`]: [], [`${lib}/storage/s3`]: [] },
      exports: [],
      reexports: [{ from: `${lib}/services/cache` }, { from: `${lib}/services/queue` }, { from: `${lib}/mail/mailer`, names: { Mailer: 'Mailer' } }, { from: `${lib}/storage/s3`, names: { storage: '*' } }],
    }),
    module(`${lib}/services/cache.ts`, [], { exports: ['CacheService'] }, ['ioredis']),
    module(`${lib}/services/queue.ts`, [`${lib}/services/connection`], { imports: { [`${lib}/services/connection`]: ['connection'] }, exports: ['QueueService', 'QueueEvents'] }),
    module(`${lib}/services/connection.ts`, [], { exports: ['connection'] }, ['bullmq']),
    module(`${lib}/mail/mailer.ts`, [], { exports: ['Mailer', 'default'] }),
    module(`${lib}/storage/s3.ts`, [], { exports: ['upload'] }),
    module('apps/ws/main.ts', [], { imports: { '@acme/shared': ['CacheService'] } }, ['@acme/shared']),
    module('apps/api/main.ts', [], { imports: { '@acme/shared': ['QueueService'] } }, ['@acme/shared']),
    module('apps/worker/main.ts', [], { imports: { '@acme/shared': ['Mailer', 'storage'] } }, ['@acme/shared']),
    module('apps/all/main.ts', [], {}, ['@acme/shared']),
    module('apps/odd/main.ts', [], { imports: { '@acme/shared': ['Unknown'] } }, ['@acme/shared']),
    module('apps/types/main.ts', [], { imports: { '@acme/shared': [] } }, ['@acme/shared']),
  ];
  const known = new Set([...facts.map((fact) => fact.evidence.file), `${lib}/polyfills.ts`]);
  const graph = new ModuleGraph(facts, known, (_from, specifier) => (specifier === '@acme/shared' ? `${lib}/index.ts` : undefined));
  const reached = (entry: string): string[] => [...graph.reach(entry)].filter((file) => file.startsWith(lib)).map((file) => file.slice(lib.length + 1)).sort();

  it.each<[string, string, string[]]>([
    ['a name `export *` passes on reaches the file declaring it (and what the barrel loads whole)', 'apps/ws/main.ts', ['index.ts', 'polyfills.ts', 'services/cache.ts']],
    ['a reached file runs whole: its own imports are followed', 'apps/api/main.ts', ['index.ts', 'polyfills.ts', 'services/connection.ts', 'services/queue.ts']],
    ['`export { A } from` and `export * as ns from` (all of the module)', 'apps/worker/main.ts', ['index.ts', 'mail/mailer.ts', 'polyfills.ts', 'storage/s3.ts']],
    ['a namespace or side-effect import reaches everything', 'apps/all/main.ts', ['index.ts', 'mail/mailer.ts', 'polyfills.ts', 'services/cache.ts', 'services/connection.ts', 'services/queue.ts', 'storage/s3.ts']],
    ['a name the exports do not account for takes the barrel whole', 'apps/odd/main.ts', ['index.ts', 'mail/mailer.ts', 'polyfills.ts', 'services/cache.ts', 'services/connection.ts', 'services/queue.ts', 'storage/s3.ts']],
    ['an import binding nothing at run time reaches nothing', 'apps/types/main.ts', []],
  ])('%s', (_label, entry, expected) => {
    expect(reached(entry)).toEqual(expected);
  });

  it('keeps the loader of each file on the path the names took', () => {
    const loaders = graph.reachAll(['apps/api/main.ts']);
    expect(loaders.get(`${lib}/services/queue.ts`)).toBe(`${lib}/index.ts`);
    expect(loaders.get(`${lib}/services/connection.ts`)).toBe(`${lib}/services/queue.ts`);
  });

  it('follows nested barrels and re-exports of an import, and survives a cycle of barrels', () => {
    const nested = [
      module('n/a.ts', [], { imports: { './b': ['Thing'] } }, ['./b']),
      module('n/b.ts', ['n/c', 'n/d'], { imports: { 'n/c': [], 'n/d': ['Other'] }, exports: [], reexports: [{ from: 'n/c' }, { from: 'n/d', names: { Other: 'Other' } }] }),
      module('n/c.ts', ['n/b', 'n/e'], { imports: { 'n/b': [], 'n/e': [] }, exports: [], reexports: [{ from: 'n/b' }, { from: 'n/e' }] }),
      module('n/e.ts', [], { exports: ['Thing'] }),
      module('n/d.ts', [], { exports: ['Other'] }),
    ];
    const files = new Set(nested.map((fact) => fact.evidence.file));
    const nestedGraph = new ModuleGraph(nested, files, (_from, specifier) => (specifier === './b' ? 'n/b.ts' : undefined));
    expect([...nestedGraph.reach('n/a.ts')].sort()).toEqual(['n/a.ts', 'n/b.ts', 'n/c.ts', 'n/e.ts']);
  });
});

describe('nextEntries', () => {
  const files = [
    'apps/web/src/app/page.tsx',
    'apps/web/src/app/layout.tsx',
    'apps/web/src/app/api/drafts/route.ts',
    'apps/web/src/app/posts/[slug]/page.tsx',
    'apps/web/src/app/posts/[slug]/post-body.tsx',
    'apps/web/src/pages/api/health.ts',
    'apps/web/src/pages/_app.tsx',
    'apps/web/src/middleware.ts',
    'apps/web/instrumentation.ts',
    'apps/web/src/lib/db.ts',
    'apps/web/src/lib/middleware.ts',
    'apps/web/next.config.mjs',
    'apps/docs/app/page.tsx',
  ];

  it('takes every route module, middleware and instrumentation of the app, in src/ or not', () => {
    expect(nextEntries('apps/web', files)).toEqual([
      'apps/web/instrumentation.ts',
      'apps/web/src/app/api/drafts/route.ts',
      'apps/web/src/app/layout.tsx',
      'apps/web/src/app/page.tsx',
      'apps/web/src/app/posts/[slug]/page.tsx',
      'apps/web/src/middleware.ts',
      'apps/web/src/pages/_app.tsx',
      'apps/web/src/pages/api/health.ts',
    ]);
  });

  it('takes only its own folder', () => {
    expect(nextEntries('apps/docs', files)).toEqual(['apps/docs/app/page.tsx']);
  });
});

describe('dockerfileOfImage', () => {
  const dockerfile = (path: string, extra: Partial<ImageBuildFact> = {}): ImageBuildFact => ({ type: 'image-build', dockerfile: path, ...extra, evidence: at(path) });
  const command = (path: string, images: string[], context = ''): ImageBuildFact => ({ type: 'image-build', dockerfile: path, images, context, evidence: at('Makefile') });

  it.each([
    ['by the tag a build command gives it', [dockerfile('docker/Dockerfile'), command('docker/Dockerfile', ['ghcr.io/acme/ledger'])], 'ghcr.io/acme/ledger', 'docker/Dockerfile'],
    ['by the tag’s last segment under another registry', [dockerfile('docker/Dockerfile'), command('docker/Dockerfile', ['acme/ledger'])], 'registry.acme.io/acme/ledger', 'docker/Dockerfile'],
    ['by the Dockerfile’s folder', [dockerfile('packages/app-docker/app/Dockerfile'), dockerfile('packages/web/Dockerfile')], 'acme/app', 'packages/app-docker/app/Dockerfile'],
    ['by the final stage’s name', [dockerfile('Dockerfile', { stage: 'worker' }), dockerfile('web/Dockerfile')], 'acme/worker', 'Dockerfile'],
    ['not when two Dockerfiles are named like it', [dockerfile('a/app/Dockerfile'), dockerfile('b/app/Dockerfile')], 'acme/app', undefined],
    ['not when a build command tags a Dockerfile the scan does not hold', [command('docker/Dockerfile', ['acme/ledger'])], 'acme/ledger', undefined],
    ['not by name when the folder is another image’s, tagged', [dockerfile('app/Dockerfile'), command('app/Dockerfile', ['acme/site'])], 'acme/app', undefined],
    ['not for a name nothing fits', [dockerfile('docker/Dockerfile')], 'acme/ledger', undefined],
    // Named for the image by nameKey when nothing else ties it (named-dockerfiles.ts).
    ['by a `Dockerfile.<name>` building a Go package elsewhere', [dockerfile('backend/Dockerfile.persistenceagent'), dockerfile('backend/Dockerfile.dev')], 'gcr.io/acme-ml/persistenceagent', 'backend/Dockerfile.persistenceagent'],
    ['by its folder, the image’s product word dropped', [dockerfile('connectors/external-import/mitre/Dockerfile'), dockerfile('connectors/external-import/cisa/Dockerfile')], 'acme/connector-mitre', 'connectors/external-import/mitre/Dockerfile'],
    ['not a public publisher’s image by a folder of its name', [dockerfile('tools/kubectl/Dockerfile')], 'bitnami/kubectl', undefined],
    // Root Dockerfiles named for the folder they copy (`Dockerfile.frontend.public`, `COPY frontend/ /app`).
    ['by a Dockerfile named for the folder it copies, the image prefixed', [dockerfile('Dockerfile.frontend.public', { codeRoot: 'frontend' }), dockerfile('Dockerfile.search.public', { codeRoot: 'search' })], 'cartodev/carto-frontend', 'Dockerfile.frontend.public'],
    ['by a Dockerfile named for the folder it copies, the prefix run together', [dockerfile('Dockerfile.search', { codeRoot: 'search' })], 'cartodev/cartosearch', 'Dockerfile.search'],
    ['by a Dockerfile named for the folder it copies, the same name', [dockerfile('Dockerfile.search', { codeRoot: 'search' })], 'cartodev/search', 'Dockerfile.search'],
    ['the first of variants copying the same folder', [dockerfile('Dockerfile.frontend.public', { codeRoot: 'frontend' }), dockerfile('Dockerfile.frontend.dev', { codeRoot: 'frontend' })], 'cartodev/carto-frontend', 'Dockerfile.frontend.dev'],
    ['by its name alone when it copies another folder (named-dockerfiles.ts)', [dockerfile('Dockerfile.frontend', { codeRoot: 'web' })], 'cartodev/carto-frontend', 'Dockerfile.frontend'],
    ['not by its name alone when it is tagged with another name', [dockerfile('Dockerfile.frontend', { codeRoot: 'web' }), command('Dockerfile.frontend', ['cartodev/web'])], 'cartodev/carto-frontend', undefined],
    ['not when the name only ends like the folder’s', [dockerfile('Dockerfile.end', { codeRoot: 'end' })], 'cartodev/carto-frontend', undefined],
    ['not when the prefix is two words', [dockerfile('Dockerfile.search', { codeRoot: 'search' })], 'acme/carto-full-search', undefined],
    // OCI labels (`org.opencontainers.image.title`, `.source`), when no build command tags the image.
    ['by the title its label gives, under any registry', [dockerfile('ledger/Dockerfile', { labelledImages: ['tally'] }), dockerfile('Dockerfile')], 'docker.io/acmecommunity/tally', 'ledger/Dockerfile'],
    ['by the ghcr.io name of its source repository', [dockerfile('Dockerfile', { labelledImages: ['ghcr.io/acme/shop'] }), dockerfile('streaming/Dockerfile')], 'ghcr.io/acme/shop', 'Dockerfile'],
    ['not by a source repository’s name under another registry', [dockerfile('Dockerfile', { labelledImages: ['ghcr.io/acme/shop'] })], 'docker.io/other/shop', undefined],
    ['a build command’s tag wins over a label', [dockerfile('Dockerfile', { labelledImages: ['tally'] }), dockerfile('ledger/Dockerfile'), command('ledger/Dockerfile', ['acme/tally'])], 'acme/tally', 'ledger/Dockerfile'],
    ['not when two Dockerfiles are labelled alike', [dockerfile('a/Dockerfile', { labelledImages: ['tally'] }), dockerfile('b/Dockerfile', { labelledImages: ['tally'] })], 'acme/tally', undefined],
  ])('%s', (_label, facts, image, expected) => {
    expect(dockerfileOfImage(image, dockerfileBuilds(facts))?.dockerfile).toBe(expected);
  });

  it.each<[string, ImageBuildFact[], string, string | undefined]>([
    ['the repository’s only untagged Dockerfile, for the image named after the root project', [dockerfile('Dockerfile'), dockerfile('docs/Dockerfile'), command('docs/Dockerfile', ['ghcr.io/acme/docuvault-docs'], 'docs')], 'ghcr.io/acme/docuvault', 'Dockerfile'],
    ['not when a docs site’s Dockerfile is untagged too', [dockerfile('Dockerfile'), dockerfile('docs/Dockerfile')], 'ghcr.io/acme/docuvault', undefined],
    ['a folder named like the image first', [dockerfile('Dockerfile'), dockerfile('deploy/docuvault/Dockerfile')], 'ghcr.io/acme/docuvault', 'deploy/docuvault/Dockerfile'],
    ['not for a third-party image', [dockerfile('Dockerfile')], 'gotenberg/gotenberg', undefined],
  ])('by the project’s own name: %s', (_label, facts, image, expected) => {
    expect(dockerfileOfImage(image, dockerfileBuilds(facts), new Set(['docuvault']))?.dockerfile).toBe(expected);
  });
});

describe('imageCodeFolder', () => {
  const build = (extra: object) => ({ dockerfile: 'docker/Dockerfile', read: true, images: new Set<string>(), ...extra });
  it.each([
    ['the code root under the build context', build({ context: '', codeRoot: 'packages/server' }), 'packages/server'],
    ['the code root under the repository root when no command gives the context', build({ codeRoot: 'packages/server' }), 'packages/server'],
    ['the build context without a code root', build({ context: 'services/api' }), 'services/api'],
    ['the Dockerfile’s folder with neither', build({}), 'docker'],
  ])('%s', (_label, given, expected) => {
    expect(imageCodeFolder(given, (folder) => folder === 'packages/server')).toBe(expected);
  });
});

describe('processProjectRoot', () => {
  const scripts: Record<string, string> = { backend: 'file:api/server/index.js', start: 'script:backend', loop: 'script:loop', build: 'script:frontend' };
  const scriptOf = (name: string): string | undefined => scripts[name];
  const projects = new Set(['api', 'client', 'packages/data-provider', 'packages/data-provider/nested']);
  it.each<[string, string | undefined, string, string | undefined]>([
    ['an npm script starting a file of a workspace project', 'script:backend', '', 'api'],
    ['a script naming a script', 'script:start', '', 'api'],
    ['a file the command names itself', 'file:./packages/data-provider/nested/lib/run.js', '', 'packages/data-provider/nested'],
    ['a file of the copied folder itself, no project below it', 'file:server.js', '', undefined],
    ['a file no project holds', 'file:scripts/seed.js', '', undefined],
    ['a script that is no file', 'script:build', '', undefined],
    ['scripts naming each other without end', 'script:loop', '', undefined],
    ['no process', undefined, '', undefined],
    ['below a copied folder', 'file:client/src/ssr.js', 'apps', undefined],
    ['a file out of the copied folder', 'file:../api/server/index.js', 'apps', undefined],
  ])('%s', (_label, process, root, expected) => {
    expect(processProjectRoot(process, root, scriptOf, projects)).toBe(expected);
  });

  it('a project under a copied folder', () => {
    expect(processProjectRoot('file:api/server/index.js', 'apps', () => undefined, new Set(['apps/api']))).toBe('apps/api');
  });
});
