import { describe, expect, it } from 'vitest';
import type { BindingFact } from './facts.js';
import { binEntries, developerToolFolders, nodeBinPackageOfWords, nodeBinPackages, programWord } from './node-bin-programs.js';

const evidence = { file: 'package.json', line: 3, excerpt: '"bin"' };
const bin = (scope: string, name: string, file: string): BindingFact => ({ type: 'binding', scope, key: `node:bin:${name}`, value: file, evidence: { ...evidence, file: `${scope}/package.json` } });

describe('binEntries', () => {
  it.each([
    ['an object', { acme: './bin/acme', 'acme-admin': './bin/admin' }, 'acme', [['acme', './bin/acme'], ['acme-admin', './bin/admin']]],
    ['a string, named after the package', './bin/acme', 'acme', [['acme', './bin/acme']]],
    ['a string of a scoped package, named without its scope', 'dist/cli.js', '@acme/tool', [['tool', 'dist/cli.js']]],
    ['a string with no package name', 'dist/cli.js', undefined, []],
    ['no bin', undefined, 'acme', []],
    ['entries that are not paths', { acme: 3 }, 'acme', []],
  ])('%s', (_case, value, name, expected) => {
    expect([...binEntries(value, name)]).toEqual(expected);
  });
});

describe('programWord', () => {
  it.each([
    [['tini', '--', '/docker-entrypoint.sh'], '/docker-entrypoint.sh'],
    [['acme', 'worker'], 'acme'],
    [['exec', '/usr/local/bin/acme'], '/usr/local/bin/acme'],
    [['/sbin/tini', '-s', '--', 'acme'], 'acme'],
    [['', 'worker'], undefined],
    [[], undefined],
  ])('%j → %s', (words, expected) => {
    expect(programWord(words)).toBe(expected);
  });
});

describe('nodeBinPackageOfWords', () => {
  const packages = nodeBinPackages([bin('packages/cli', 'acme', './bin/acme'), bin('packages/runner', 'runner', './bin/run'), bin('a', 'twice', 'x'), bin('b', 'twice', 'y'), { ...bin('c', 'deployed', 'z'), component: 'svc' }]);

  it.each([
    ['a program the script execs', ['/docker-entrypoint.sh', 'acme'], 'packages/cli'],
    ['a program by its installed path', ['/usr/local/bin/acme'], 'packages/cli'],
    ['the first program some package installs', ['worker', 'runner', 'acme'], 'packages/runner'],
    ['a name two packages install', ['twice', 'acme'], undefined],
    ['no program a package installs', ['node', 'dist/main.js'], undefined],
    ['a binding of a deployable, not a package', ['deployed'], undefined],
  ])('%s', (_case, words, folder) => {
    expect(nodeBinPackageOfWords(words, packages)?.folder).toBe(folder);
  });
});

describe('developerToolFolders', () => {
  const packages = nodeBinPackages([bin('dev/tool', 'acme-tool', './bundle.js'), bin('packages/cli', 'acme', './bin/acme'), bin('tools/seed', 'seed', './seed.js')]);

  it.each<[string, string[], string[], string[]]>([
    ['a bin package nothing runs and no Dockerfile builds', [], ['dev/tool/package.json'], ['dev/tool', 'packages/cli', 'tools/seed']],
    ['one a deployable runs is no developer\'s tool', ['packages/cli'], [], ['dev/tool', 'tools/seed']],
    ['one its own Dockerfile builds is deployed somewhere', [], ['dev/tool/Dockerfile', 'tools/seed/docker/seed.Dockerfile'], ['packages/cli']],
    ['a Dockerfile of a sibling folder says nothing', [], ['dev/toolbox/Dockerfile', 'Dockerfile'], ['dev/tool', 'packages/cli', 'tools/seed']],
  ])('%s', (_case, run, files, expected) => {
    expect([...developerToolFolders(packages, new Set(run), files)].sort()).toEqual(expected);
  });
});
