/**
 * One Node image run as two compose services, resolved from hand-made facts: the image tied to the
 * Dockerfile its build tags, each service's code what its entry file reaches (node-processes.ts).
 */
import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type Fact, type ModuleImportsFact } from './facts.js';
import { NODE_PROCESS_KEY, NODE_SCRIPT_KEY, TSCONFIG_OUT_DIR_KEY, TSCONFIG_ROOT_DIR_KEY } from './node-processes.js';
import { resolveFacts } from './resolve.js';

const at = (file: string, line = 1) => ({ file, line, excerpt: '' });
const service = (name: string, image: string): Fact => ({ type: 'component', name, kind: 'application', composeImage: image, evidence: at('deploy/docker-compose.yml'), confidence: CONFIDENCE.declared });
const store = (name: string): Fact => ({ type: 'component', name, kind: 'database', evidence: at('deploy/docker-compose.yml'), confidence: CONFIDENCE.declared });
const uses = (file: string, host: string): Fact => ({ type: 'connection', target: { host }, role: 'uses', mechanism: 'database', evidence: at(file, 5), confidence: CONFIDENCE.literal });
const imports = (file: string, ...files: string[]): Fact => ({ type: 'module-imports', files, evidence: at(file) });
const moduleNames = (file: string, fields: Omit<ModuleImportsFact, 'type' | 'evidence'>): Fact => ({ type: 'module-imports', ...fields, evidence: at(file) });
const scoped = (scope: string, key: string, value: string, file: string): Fact => ({ type: 'binding', scope, key, value, evidence: at(file) });

/** The code and image of the fixture-like codebase; `overrides` replace facts by index of what they drop. */
function codebase(options: { workerCommand?: string; tag?: string } = {}): Fact[] {
  const root = 'packages/server';
  return [
    service('api', 'ghcr.io/acme/ledger'),
    service('worker', 'ghcr.io/acme/ledger'),
    store('postgres'),
    store('cache'),
    store('mailstore'),
    { type: 'component', name: '@acme/server', kind: 'application', root, project: true, evidence: at(`${root}/package.json`), confidence: CONFIDENCE.declared },
    { type: 'image-build', dockerfile: 'docker/Dockerfile', stage: 'runner', codeRoot: root, evidence: at('docker/Dockerfile') },
    { type: 'image-build', dockerfile: 'docker/Dockerfile', images: [options.tag ?? 'ghcr.io/acme/ledger'], context: '', evidence: at('Makefile') },
    scoped('docker', NODE_PROCESS_KEY, 'file:dist/src/main', 'docker/Dockerfile'),
    ...(options.workerCommand !== undefined ? [{ type: 'binding', component: 'worker', key: NODE_PROCESS_KEY, value: options.workerCommand, evidence: at('deploy/docker-compose.yml', 9) } satisfies Fact] : []),
    scoped(root, `${NODE_SCRIPT_KEY}worker:prod`, 'file:dist/src/worker/worker', `${root}/package.json`),
    scoped(root, TSCONFIG_OUT_DIR_KEY, './dist', `${root}/tsconfig.json`),
    scoped(root, TSCONFIG_ROOT_DIR_KEY, './', `${root}/tsconfig.json`),
    imports(`${root}/src/main.ts`, `${root}/src/app.module`),
    imports(`${root}/src/app.module.ts`, `${root}/src/db`, `${root}/src/cache`),
    imports(`${root}/src/worker/worker.ts`, `${root}/src/worker/worker.module`),
    imports(`${root}/src/worker/worker.module.ts`, `${root}/src/db`, `${root}/src/worker/mail`),
    uses(`${root}/src/db.ts`, 'postgres'),
    uses(`${root}/src/cache.ts`, 'cache'),
    uses(`${root}/src/worker/mail.ts`, 'mailstore'),
  ];
}

function edges(facts: Fact[]): string[] {
  return resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target}`).sort();
}

describe('one Node image run as several processes', () => {
  it('gives each process the connections of the files its entry reaches', () => {
    expect(edges(codebase({ workerCommand: 'script:worker:prod' }))).toEqual(['api -> cache', 'api -> postgres', 'worker -> mailstore', 'worker -> postgres']);
  });

  it('follows a command run from the build context: a workspace script naming the package\'s file', () => {
    const facts = codebase({ workerCommand: 'script:worker' });
    facts.push(scoped('', `${NODE_SCRIPT_KEY}worker`, 'file:packages/server/dist/src/worker/worker', 'package.json'));
    expect(edges(facts)).toEqual(['api -> cache', 'api -> postgres', 'worker -> mailstore', 'worker -> postgres']);
  });

  it('follows the names each entry imports through a barrel to the files declaring them', () => {
    const root = 'packages/server';
    const barrel = `${root}/src/services/index.ts`;
    const leaves = { [`${root}/src/db`]: 'Db', [`${root}/src/cache`]: 'Cache', [`${root}/src/worker/mail`]: 'Mailer' };
    const facts: Fact[] = codebase({ workerCommand: 'script:worker:prod' }).filter((fact) => fact.type !== 'module-imports');
    facts.push(
      moduleNames(`${root}/src/main.ts`, { files: [`${root}/src/services`], imports: { [`${root}/src/services`]: ['Cache', 'Db'] } }),
      moduleNames(`${root}/src/worker/worker.ts`, { files: [`${root}/src/services`], imports: { [`${root}/src/services`]: ['Db', 'Mailer'] } }),
      moduleNames(barrel, { files: Object.keys(leaves), imports: Object.fromEntries(Object.keys(leaves).map((leaf) => [leaf, []])), exports: [], reexports: Object.keys(leaves).map((leaf) => ({ from: leaf })) }),
      ...Object.entries(leaves).map(([leaf, name]) => moduleNames(`${leaf}.ts`, { files: [], exports: [name] })),
    );
    expect(edges(facts)).toEqual(['api -> cache', 'api -> postgres', 'worker -> mailstore', 'worker -> postgres']);
  });

  it('gives nobody a module only commented-out code loads (a client written, then unwired), once every entry is known', () => {
    const counter = 'packages/server/src/unused/counter.ts';
    const unwired = (workerCommand: string): Fact[] => [
      ...codebase({ workerCommand }),
      store('counter'),
      uses(counter, 'counter'),
      moduleNames('packages/server/src/app.module.ts', { files: [], commented: ['packages/server/src/unused/counter'] }),
    ];
    expect(edges(unwired('script:worker:prod'))).toEqual(['api -> cache', 'api -> postgres', 'worker -> mailstore', 'worker -> postgres']);
    // With one entry unknown, every runner keeps all the code, as before.
    expect(edges(unwired('script:no-such-script'))).toContain('worker -> counter');
    // A module nothing loads at all may be loaded by a convention or a glob: every runner keeps it.
    const orphan = [...codebase({ workerCommand: 'script:worker:prod' }), store('counter'), uses(counter, 'counter')];
    expect(edges(orphan)).toEqual(expect.arrayContaining(['api -> counter', 'worker -> counter']));
  });

  it('gives every runner all the code when one process is not known (no command, no script of that name)', () => {
    const all = ['api -> cache', 'api -> mailstore', 'api -> postgres', 'worker -> cache', 'worker -> mailstore', 'worker -> postgres'];
    expect(edges(codebase({ workerCommand: 'script:no-such-script' }))).toEqual(all);
  });

  it('ties nothing to an image no build tags and no Dockerfile is named like', () => {
    const found = edges(codebase({ workerCommand: 'script:worker:prod', tag: 'ghcr.io/acme/other' }));
    expect(found.some((edge) => edge.startsWith('api ') || edge.startsWith('worker '))).toBe(false);
  });
});

describe('a workload naming an image no command builds', () => {
  it('runs the one Dockerfile whose final stage is named like the image, from the code folder it copies', () => {
    const facts: Fact[] = [
      { type: 'component', name: 'billing', kind: 'application', aliases: ['registry.acme.io/team/billing-app'], evidence: at('k8s/billing.yaml'), confidence: CONFIDENCE.declared },
      store('postgres'),
      { type: 'image-build', dockerfile: 'Dockerfile', stage: 'billing-app', codeRoot: 'services/invoicing', evidence: at('Dockerfile') },
      { type: 'image-build', dockerfile: 'apps/web/Dockerfile', stage: 'runner', evidence: at('apps/web/Dockerfile') },
      uses('services/invoicing/src/db.ts', 'postgres'),
    ];
    expect(edges(facts)).toEqual(['billing -> postgres']);
  });
});
