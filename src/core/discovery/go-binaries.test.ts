import { describe, expect, it } from 'vitest';
import type { GoBuildFact } from './facts.js';
import { GoBinaries, withBuildArguments, type GoBinaryService } from './go-binaries.js';
import type { GoModule } from './go-packages.js';

const MODULES: GoModule[] = [
  { root: 'src', path: 'github.com/acme/depot/src' },
  { root: 'tools', path: 'github.com/acme/tools' },
  { root: '', path: 'github.com/acme/shop' },
];
const COMMANDS = new Set(['src/core', 'src/jobservice', 'src/cmd/exporter', 'src/cmd/migrate', 'tools/cmd/lint', 'cmd/counter']);

const build = (binary: string, pkg: string, dockerfile?: string, output?: string): GoBuildFact => ({
  type: 'go-build',
  binary,
  package: pkg,
  ...(output !== undefined ? { output } : {}),
  ...(dockerfile !== undefined ? { dockerfile } : {}),
  evidence: { file: dockerfile ?? 'Makefile', line: 1, excerpt: '' },
});

const BUILDS: GoBuildFact[] = [
  // The Makefile compiles on the host; the images only copy the binaries in.
  build('depot_core', 'src/core'),
  build('depot_jobservice', 'src/jobservice'),
  build('depot_migrate', 'src/cmd/migrate'),
  // A multi-stage Dockerfile, the package mapped to the build context.
  build('depot_exporter', 'src/cmd/exporter', 'make/exporter/Dockerfile'),
  // Two Dockerfiles both writing /out/app, from different commands.
  build('app', 'cmd/counter', 'docker/Dockerfile-counter'),
  build('app', 'src/core', 'docker/Dockerfile-core'),
  // A package the Dockerfile's COPYs did not explain: its path inside the image.
  build('lint', 'go/src/tools/cmd/lint', 'tools/Dockerfile'),
  // An import path.
  build('jobs', 'github.com/acme/depot/src/jobservice'),
];

describe('GoBinaries', () => {
  const binaries = new GoBinaries(BUILDS, COMMANDS, MODULES);

  it.each<[string, GoBinaryService, string | undefined]>([
    ['a binary a Makefile writes, started by the image it is copied into', { words: ['depot_core'], dockerfile: 'make/core/Dockerfile' }, 'src/core'],
    ['the first word naming a binary (flags\' values come after)', { words: ['depot_jobservice', 'config.yml'] }, 'src/jobservice'],
    ['a service\'s own entrypoint before its image\'s', { words: ['depot_migrate', 'depot_core'] }, 'src/cmd/migrate'],
    ['a Dockerfile stage build, under the build context', { words: ['depot_exporter'], dockerfile: 'make/exporter/Dockerfile', context: '' }, 'src/cmd/exporter'],
    ['the image\'s own Dockerfile among several writing the same name', { words: ['app'], dockerfile: 'docker/Dockerfile-counter' }, 'cmd/counter'],
    ['the other one', { words: ['app'], dockerfile: 'docker/Dockerfile-core' }, 'src/core'],
    ['another image\'s build is no binary of this one', { words: ['app'], dockerfile: 'docker/Dockerfile-web' }, undefined],
    ['a package kept as its path in the image, by its end', { words: ['lint'], dockerfile: 'tools/Dockerfile' }, 'tools/cmd/lint'],
    ['an import path', { words: ['jobs'] }, 'src/jobservice'],
    ['no word names a binary', { words: ['nginx', 'daemon'] }, undefined],
  ])('%s', (_why, service, expected) => {
    expect(binaries.commandOf(service)?.folder).toBe(expected);
  });

  it('says which module the command is of, with the build as evidence', () => {
    expect(binaries.commandOf({ words: ['depot_exporter'], dockerfile: 'make/exporter/Dockerfile' })).toEqual({ folder: 'src/cmd/exporter', root: 'src', evidence: { file: 'make/exporter/Dockerfile', line: 1, excerpt: '' } });
  });

  it('names no command when two scripts build the name from different packages', () => {
    const twice = new GoBinaries([build('server', 'src/core'), build('server', 'src/jobservice')], COMMANDS, MODULES);
    expect(twice.commandOf({ words: ['server'] })).toBeUndefined();
  });
});

describe('GoBinaries.namedCommands', () => {
  // Harbor's Makefile compiles each binary in a container; the images are built elsewhere.
  const builds = [
    build('acme_core', 'src/core', undefined, 'make/photon/core'),
    build('acme_jobservice', 'src/jobservice', undefined, 'make/photon/jobservice'),
    build('exporter', 'src/cmd/exporter', undefined, 'make/photon/metrics'),
    // A multi-stage Dockerfile's binary is that image's, never a name match.
    build('lint', 'tools/cmd/lint', 'tools/Dockerfile'),
  ];
  const binaries = new GoBinaries(builds, COMMANDS, MODULES);
  const commandsOf = (services: [string, string[]][], taken?: Set<string>): Record<string, string> =>
    Object.fromEntries([...binaries.namedCommands(services.map(([id, names]) => ({ id, names })), taken)].map(([id, command]) => [id, command.folder]));

  it.each<[string, [string, string[]][], Record<string, string>]>([
    ['the image names the binary (acme/acme-core:v2.11 ~ acme_core)', [['harbor-core', ['acme/acme-core:v2.11']]], { 'harbor-core': 'src/core' }],
    ['the service names the output folder (core ~ make/photon/core)', [['core', ['nginx:1.25']]], { core: 'src/core' }],
    ['the binary under its own name', [['exporter', []]], { exporter: 'src/cmd/exporter' }],
    ['the output folder of a binary not named after it', [['metrics', []]], { metrics: 'src/cmd/exporter' }],
    ['several services, each its own', [['core', []], ['jobservice', ['acme/acme-jobservice:dev']], ['redis', ['redis:7']]], { core: 'src/core', jobservice: 'src/jobservice' }],
    ['two services that could run one binary: neither', [['core', []], ['acme-core', ['acme/acme-core']]], {}],
    ['a service whose names match two binaries: none', [['core', ['acme/acme-jobservice']]], {}],
    ['a Dockerfile\'s build is not matched by name', [['lint', []]], {}],
    ['no name in common', [['portal', ['acme/acme-portal']]], {}],
  ])('%s', (_why, services, expected) => {
    expect(commandsOf(services)).toEqual(expected);
  });

  it('leaves a command another service already runs by its command line', () => {
    expect(commandsOf([['core', []]], new Set(['src/core']))).toEqual({});
  });

  it('gives the module and the build as evidence', () => {
    expect(binaries.namedCommands([{ id: 'core', names: [] }]).get('core')).toEqual({ folder: 'src/core', root: 'src', evidence: { file: 'Makefile', line: 1, excerpt: '' } });
  });
});

describe('GoBinaries: a Dockerfile building one command per build argument', () => {
  const modules: GoModule[] = [{ root: 'backend', path: 'github.com/acme/backend' }];
  const commands = new Set(['backend/cmd/http', 'backend/cmd/sink', 'backend/cmd/storage']);
  const binaries = new GoBinaries(
    [build('service', 'cmd/${SERVICE_NAME}', 'backend/Dockerfile'), build('migrate', 'github.com/acme/backend/cmd/${TOOL}', 'tools/Dockerfile')],
    commands,
    modules,
  );
  const service = (args?: Record<string, string>): GoBinaryService => ({ words: ['service'], dockerfile: 'backend/Dockerfile', context: 'backend', ...(args !== undefined ? { arguments: args } : {}) });

  it.each<[string, GoBinaryService, string | undefined]>([
    ['the image\'s build argument names the command', service({ SERVICE_NAME: 'http' }), 'backend/cmd/http'],
    ['another image of the same Dockerfile, another command', service({ SERVICE_NAME: 'sink' }), 'backend/cmd/sink'],
    ['no build argument: no command', service(), undefined],
    ['a value naming no command of the module', service({ SERVICE_NAME: 'janitor' }), undefined],
    ['a value that is no folder name', service({ SERVICE_NAME: '../x' }), undefined],
  ])('%s', (_why, given, expected) => {
    expect(binaries.commandOf(given)?.folder).toBe(expected);
  });

  it.each<[string, string[], string | undefined]>([
    ['an image named like a command', ['ghcr.io/acme/http:1.4'], 'backend/cmd/http'],
    ['an image named like no command', ['ghcr.io/acme/frontend'], undefined],
    ['an image naming a command only in part', ['ghcr.io/acme/http-gateway'], undefined],
  ])('by the image alone: %s', (_why, images, expected) => {
    expect(binaries.argumentCommands([{ id: 'svc', images }]).get('svc')?.folder).toBe(expected);
  });

  it('ties a command to one service only, and none already taken', () => {
    const two = binaries.argumentCommands([
      { id: 'a', images: ['ghcr.io/acme/sink'] },
      { id: 'b', images: ['docker.io/acme/sink:2'] },
      { id: 'c', images: ['ghcr.io/acme/storage'] },
    ], new Set(['backend/cmd/storage']));
    expect([...two.keys()]).toEqual([]);
  });
});

describe('GoBinaries: build arguments with defaults, and a binary named by one', () => {
  const modules: GoModule[] = [{ root: 'backend', path: 'github.com/acme/backend' }];
  const commands = new Set(['backend/cmd/dispatcher', 'backend/cmd/ender', 'backend/cmd/courier']);
  // `ARG SERVICE_NAME=dispatcher`, `go build -o /out/$SERVICE_NAME ./cmd/$SERVICE_NAME`, `CMD ./$SERVICE_NAME`.
  const named: GoBuildFact = { ...build('${SERVICE_NAME}', 'cmd/${SERVICE_NAME}', 'backend/Dockerfile'), argumentDefaults: { SERVICE_NAME: 'dispatcher' } };
  // `ARG TOOL` (no default), `go build -o service ./cmd/$TOOL`.
  const plain = build('service', 'cmd/${TOOL}', 'tools/Dockerfile');
  const binaries = new GoBinaries([named, plain], commands, modules);
  const service = (words: string[], dockerfile: string, args?: Record<string, string>): GoBinaryService => ({ words, dockerfile, context: 'backend', ...(args !== undefined ? { arguments: args } : {}) });

  it.each<[string, GoBinaryService, string | undefined]>([
    ['the argument names the command, the binary started by the argument', service(['${SERVICE_NAME}'], 'backend/Dockerfile', { SERVICE_NAME: 'ender' }), 'backend/cmd/ender'],
    ['the list form\'s value the same', service(['${SERVICE_NAME}'], 'backend/Dockerfile', { SERVICE_NAME: 'courier' }), 'backend/cmd/courier'],
    ['no argument passed: the ARG\'s default', service(['${SERVICE_NAME}'], 'backend/Dockerfile'), 'backend/cmd/dispatcher'],
    ['the binary started by the value it takes (`/app/ender`)', service(['ender'], 'backend/Dockerfile', { SERVICE_NAME: 'ender' }), 'backend/cmd/ender'],
    ['a value-named binary the default does not name', service(['ender'], 'backend/Dockerfile'), undefined],
    ['an argument naming no command: none, not the default', service(['${SERVICE_NAME}'], 'backend/Dockerfile', { SERVICE_NAME: 'auditor' }), undefined],
    ['another argument passed leaves the default', service(['${SERVICE_NAME}'], 'backend/Dockerfile', { VERSION: '1.2' }), 'backend/cmd/dispatcher'],
    ['no default and none passed: no command', service(['service'], 'tools/Dockerfile'), undefined],
    ['no default, one passed', service(['service'], 'tools/Dockerfile', { TOOL: 'ender' }), 'backend/cmd/ender'],
  ])('%s', (_why, given, expected) => {
    expect(binaries.commandOf(given)?.folder).toBe(expected);
  });

  it.each<[string, Record<string, string> | undefined, { binary: string; package: string } | undefined]>([
    ['given', { SERVICE_NAME: 'ender' }, { binary: 'ender', package: 'cmd/ender' }],
    ['defaulted', undefined, { binary: 'dispatcher', package: 'cmd/dispatcher' }],
    ['no path', { SERVICE_NAME: 'a b' }, undefined],
  ])('withBuildArguments fills the binary and the package: %s', (_why, given, expected) => {
    const filled = withBuildArguments(named, given);
    expect(filled === undefined ? undefined : { binary: filled.binary, package: filled.package }).toEqual(expected);
  });
});

describe('GoBinaries.commandOfDockerfile: an image whose command line names no binary', () => {
  const modules: GoModule[] = [{ root: '', path: 'github.com/acme/pipelines' }];
  const commands = new Set(['backend/src/agent/persistence', 'backend/src/crd/scheduledworkflow', 'backend/src/apiserver', 'backend/src/tools/reindex']);
  const binaries = new GoBinaries(
    [
      build('controller', 'backend/src/crd/scheduledworkflow', 'backend/Dockerfile.scheduledworkflow'),
      build('agent', 'backend/src/agent/persistence', 'backend/Dockerfile.persistenceagent'),
      // The same command built twice (a race-detector binary beside it) is still one command.
      build('agent-race', 'backend/src/agent/persistence', 'backend/Dockerfile.persistenceagent'),
      // Two commands: which one the image runs cannot be told.
      build('apiserver', 'backend/src/apiserver', 'backend/Dockerfile.all'),
      build('reindex', 'backend/src/tools/reindex', 'backend/Dockerfile.all'),
      // A package that is no command of the scan's.
      build('helper', 'third_party/helper', 'backend/Dockerfile.helper'),
      // The Makefile's build is no Dockerfile's.
      build('apiserver', 'backend/src/apiserver'),
    ],
    commands,
    modules,
  );
  it.each<[string, string, string | undefined]>([
    ['the one command its go build compiles', 'backend/Dockerfile.scheduledworkflow', 'backend/src/crd/scheduledworkflow'],
    ['one command built twice', 'backend/Dockerfile.persistenceagent', 'backend/src/agent/persistence'],
    ['not when it builds two commands', 'backend/Dockerfile.all', undefined],
    ['not when its package is no command here', 'backend/Dockerfile.helper', undefined],
    ['not a Dockerfile building no Go', 'backend/Dockerfile.dev', undefined],
  ])('%s', (_why, dockerfile, expected) => {
    expect(binaries.commandOfDockerfile(dockerfile)?.folder).toBe(expected);
  });
});
