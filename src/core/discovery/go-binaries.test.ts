import { describe, expect, it } from 'vitest';
import type { GoBuildFact } from './facts.js';
import { GoBinaries, type GoBinaryService } from './go-binaries.js';
import type { GoModule } from './go-packages.js';

const MODULES: GoModule[] = [
  { root: 'src', path: 'github.com/acme/depot/src' },
  { root: 'tools', path: 'github.com/acme/tools' },
  { root: '', path: 'github.com/acme/shop' },
];
const COMMANDS = new Set(['src/core', 'src/jobservice', 'src/cmd/exporter', 'src/cmd/migrate', 'tools/cmd/lint', 'cmd/counter']);

const build = (binary: string, pkg: string, dockerfile?: string): GoBuildFact => ({
  type: 'go-build',
  binary,
  package: pkg,
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
