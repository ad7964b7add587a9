/**
 * One Go module built into a binary per service, resolved from hand-made facts: a Makefile compiles
 * each `main` package, each image copies one binary in and starts it, and each service makes only
 * the connections its `main` reaches (go-binaries.ts).
 */
import { describe, expect, it } from 'vitest';
import { COMMAND_WORDS_KEY, CONFIDENCE, type CodeDeclaration, type Fact } from './facts.js';
import { resolveFacts } from './resolve.js';

const MODULE = 'github.com/acme/depot/src';
const at = (file: string, line = 1) => ({ file, line, excerpt: '' });
const service = (name: string, image: string): Fact => ({ type: 'component', name, kind: 'application', composeImage: image, evidence: at('make/docker-compose.yml'), confidence: CONFIDENCE.declared });
const store = (name: string): Fact => ({ type: 'component', name, kind: 'database', evidence: at('make/docker-compose.yml'), confidence: CONFIDENCE.declared });
const uses = (file: string, host: string): Fact => ({ type: 'connection', target: { host }, role: 'uses', mechanism: 'database', evidence: at(file, 5), confidence: CONFIDENCE.literal });
const fn = (name: string, references: string[] = []): CodeDeclaration => ({ name, kind: 'function', references, line: 3, endLine: 9 });
/** A Go file of the module: its package, its imports by name, its functions. */
const goFile = (file: string, pkg: string, imports: string[], declarations: CodeDeclaration[]): Fact => ({
  type: 'code-names',
  declarations,
  uses: {},
  go: { package: pkg, imports: Object.fromEntries(imports.map((path) => [path.slice(path.lastIndexOf('/') + 1), `${MODULE}/${path}`])) },
  evidence: at(file),
});
/** An image built from a Dockerfile that only copies the binary in and starts it. */
const image = (name: string, binary: string): Fact[] => [
  { type: 'image-build', dockerfile: `make/photon/${name}/Dockerfile`, evidence: at(`make/photon/${name}/Dockerfile`) },
  { type: 'image-build', dockerfile: `make/photon/${name}/Dockerfile`, images: [`acme/${name}`], context: '', evidence: at('Makefile', 20) },
  { type: 'binding', scope: `make/photon/${name}`, key: COMMAND_WORDS_KEY, value: binary, evidence: at(`make/photon/${name}/Dockerfile`, 9) },
];

function depot(deployed: string[]): Fact[] {
  return [
    ...deployed.map((name) => service(`depot-${name}`, `acme/${name}`)),
    store('postgres'),
    store('redis'),
    store('archive'),
    { type: 'component', name: 'src', kind: 'application', root: 'src', project: true, goModule: true, modulePath: MODULE, evidence: at('src/go.mod'), confidence: CONFIDENCE.weak },
    ...image('core', 'depot_core'),
    ...image('jobservice', 'depot_jobservice'),
    { type: 'go-build', binary: 'depot_core', package: 'src/core', evidence: at('Makefile', 12) },
    { type: 'go-build', binary: 'depot_jobservice', package: 'src/jobservice', evidence: at('Makefile', 12) },
    { type: 'go-build', binary: 'depot_migrate', package: 'src/cmd/migrate', evidence: at('Makefile', 16) },
    goFile('src/core/main.go', 'main', ['pkg/db'], [fn('main.main', ['db.Open'])]),
    goFile('src/jobservice/main.go', 'main', ['pkg/db', 'pkg/queue'], [fn('main.main', ['db.Open', 'queue.New'])]),
    goFile('src/cmd/migrate/main.go', 'main', ['pkg/archive'], [fn('main.main', ['archive.Fetch'])]),
    goFile('src/pkg/db/db.go', 'db', [], [fn('db.Open')]),
    goFile('src/pkg/queue/queue.go', 'queue', [], [fn('queue.New')]),
    goFile('src/pkg/archive/archive.go', 'archive', [], [fn('archive.Fetch')]),
    uses('src/pkg/db/db.go', 'postgres'),
    uses('src/pkg/queue/queue.go', 'redis'),
    uses('src/pkg/archive/archive.go', 'archive'),
  ];
}

function edges(facts: Fact[]): string[] {
  return resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target}`).sort();
}

describe('one Go module built into a binary per service', () => {
  it('gives each service the connections its main reaches, and a command nothing deploys none', () => {
    expect(edges(depot(['core', 'jobservice']))).toEqual(['depot-core -> postgres', 'depot-jobservice -> postgres', 'depot-jobservice -> redis']);
  });

  it('keeps the module shared code with one service deployed, as it holds other commands', () => {
    expect(edges(depot(['core']))).toEqual(['depot-core -> postgres']);
  });

  it('lists no system for the module', () => {
    expect(resolveFacts(depot(['core', 'jobservice'])).systems.map((system) => system.id).sort()).toEqual(['archive', 'depot-core', 'depot-jobservice', 'postgres', 'redis']);
  });

  it('without the builds, the services are not tied to the module: its code is a system of its own (as before)', () => {
    const facts = depot(['core', 'jobservice']).filter((fact) => fact.type !== 'go-build');
    expect(edges(facts)).toEqual(['src -> archive', 'src -> postgres', 'src -> redis']);
  });
});

describe('compose services building one Dockerfile with their own build argument', () => {
  // `ARG SERVICE_NAME=core`, `go build -o /out/$SERVICE_NAME ./$SERVICE_NAME`, `CMD ./$SERVICE_NAME`; each service `build: { context: ./src, args: … }`.
  const built = (name: string, args?: Record<string, string>): Fact => ({ type: 'component', name, kind: 'application', root: 'src', dockerfile: 'src/Dockerfile', ...(args !== undefined ? { buildArguments: args } : {}), evidence: at('docker-compose.yml'), confidence: CONFIDENCE.declared });
  const facts = (services: Fact[]): Fact[] => [
    ...depot([]).filter((fact) => fact.type !== 'go-build' && fact.type !== 'image-build' && !(fact.type === 'binding' && fact.key === COMMAND_WORDS_KEY)),
    ...services,
    { type: 'image-build', dockerfile: 'src/Dockerfile', evidence: at('src/Dockerfile') },
    { type: 'go-build', binary: '${SERVICE_NAME}', package: '${SERVICE_NAME}', argumentDefaults: { SERVICE_NAME: 'core' }, dockerfile: 'src/Dockerfile', evidence: at('src/Dockerfile', 8) },
    { type: 'binding', scope: 'src', key: COMMAND_WORDS_KEY, value: '${SERVICE_NAME}', evidence: at('src/Dockerfile', 12) },
  ];

  it('runs the command each service\'s argument names, the ARG\'s default for none, nothing for a command that is not there', () => {
    expect(edges(facts([built('api'), built('worker', { SERVICE_NAME: 'jobservice' }), built('audit', { SERVICE_NAME: 'auditor' })]))).toEqual(['api -> postgres', 'worker -> postgres', 'worker -> redis']);
  });

  it('leaves the command nothing builds (cmd/migrate) nobody\'s', () => {
    expect(edges(facts([built('worker', { SERVICE_NAME: 'jobservice' })]))).toEqual(['worker -> postgres', 'worker -> redis']);
  });
});

describe('images named for Dockerfiles that only copy in a binary a script compiles', () => {
  // `image: acme/acme-core` (no build here tags it) is named for make/photon/core/Dockerfile
  // (named-dockerfiles.ts), which copies the binary the Makefile compiles from src/core, static
  // views and migrations, and starts an entrypoint script the scan cannot follow.
  const photon = (name: string, builtFrom: string[]): Fact[] => [
    { type: 'image-build', dockerfile: `make/photon/${name}/Dockerfile`, builtFrom, evidence: at(`make/photon/${name}/Dockerfile`) },
    { type: 'binding', scope: `make/photon/${name}`, key: COMMAND_WORDS_KEY, value: '/acme/entrypoint.sh', evidence: at(`make/photon/${name}/Dockerfile`, 9) },
  ];
  const facts = (copied: (name: string) => string[]): Fact[] => [
    ...depot([]).filter((fact) => fact.type !== 'go-build' && fact.type !== 'image-build' && !(fact.type === 'binding' && fact.key === COMMAND_WORDS_KEY)),
    service('core', 'acme/acme-core'),
    service('jobservice', 'acme/acme-jobservice'),
    ...photon('core', copied('core')),
    ...photon('jobservice', copied('jobservice')),
    { type: 'go-build', binary: 'acme_core', package: 'src/core', output: 'make/photon/core', evidence: at('Makefile', 12) },
    { type: 'go-build', binary: 'acme_jobservice', package: 'src/jobservice', output: 'make/photon/jobservice', evidence: at('Makefile', 14) },
  ];

  it('ties each service to the main package the Makefile compiles its binary from, the module no system', () => {
    const prebuilt = facts((name) => [`./make/photon/${name}/acme_${name}`, `./make/photon/${name}/entrypoint.sh`, `./src/${name}/views`, './make/migrations']);
    expect(edges(prebuilt)).toEqual(['core -> postgres', 'jobservice -> postgres', 'jobservice -> redis']);
    expect(resolveFacts(prebuilt).systems.map((system) => system.id)).not.toContain('src');
  });

  it('keeps a named Dockerfile copying in the module\'s code as the code tie (as before)', () => {
    expect(edges(facts(() => ['src/', 'make/migrations']))).toEqual(['src -> archive', 'src -> postgres', 'src -> redis']);
  });
});
