import { describe, expect, it } from 'vitest';
import { dagsterConfigGroup, dagsterProcess, dagsterStorageTechnology, isDagsterConfigGroup, launchesRunContainers } from './dagster.js';

describe('dagsterProcess', () => {
  it.each([
    { words: ['dagster-webserver', '-h', '0.0.0.0', '-p', '3000', '-w', 'workspace.yaml'], want: { role: 'webserver', workspaces: ['workspace.yaml'] } },
    { words: ['/usr/local/bin/dagit', '--workspace=/opt/dagster/workspace.yaml'], want: { role: 'webserver', workspaces: ['/opt/dagster/workspace.yaml'] } },
    { words: ['dagster-webserver', '-w', 'a.yaml', '-w', 'b.yaml'], want: { role: 'webserver', workspaces: ['a.yaml', 'b.yaml'] } },
    // No target: the working directory's workspace.yaml.
    { words: ['dagster-daemon', 'run'], want: { role: 'daemon', workspaces: ['workspace.yaml'] } },
    // An in-process target loads no workspace file.
    { words: ['dagster-daemon', 'run', '-m', 'shop.definitions'], want: { role: 'daemon', workspaces: [], module: 'shop.definitions' } },
    { words: ['dagster', 'api', 'grpc', '-h', '0.0.0.0', '-p', '4000', '-m', 'ingest.definitions'], want: { role: 'code-server', workspaces: [], module: 'ingest.definitions' } },
    { words: ['dagster', 'code-server', 'start', '-h', '0.0.0.0', '-p', '4000', '--package-name', 'reporting'], want: { role: 'code-server', workspaces: [], module: 'reporting' } },
    { words: ['dagster', 'api', 'grpc', '--python-file', 'repo.py'], want: { role: 'code-server', workspaces: [] } },
  ])('$words', ({ words, want }) => {
    expect(dagsterProcess(words)).toEqual(want);
  });

  it.each([
    // A developer's all-in-one process, and tools that serve nothing.
    ['dagster', 'dev', '-w', 'workspace.yaml'],
    ['dagster-daemon', 'liveness-check'],
    ['dagster', 'job', 'execute', '-m', 'shop'],
    ['python', '-m', 'shop'],
  ])('%s runs no deployed Dagster process', (...words) => {
    expect(dagsterProcess(words)).toBeUndefined();
  });
});

describe('instance settings', () => {
  it.each([
    ['postgres_db', 'PostgreSQL'],
    ['postgres_url', 'PostgreSQL'],
    ['mysql_db', 'MySQL'],
    ['mysql_url', 'MySQL'],
    ['sqlite', undefined],
    ['base_dir', undefined],
  ])('%s names %s', (key, technology) => {
    expect(dagsterStorageTechnology(key)).toBe(technology);
  });

  it.each([
    ['DockerRunLauncher', true],
    ['K8sRunLauncher', true],
    ['EcsRunLauncher', true],
    ['DefaultRunLauncher', false],
    [undefined, false],
  ])('%s starts runs in containers: %s', (launcher, want) => {
    expect(launchesRunContainers(launcher)).toBe(want);
  });

  it('groups by reader and file', () => {
    expect(dagsterConfigGroup('dagster/dagster.yaml', 'runs')).not.toBe(dagsterConfigGroup('dagster/dagster.yaml', 'instance'));
    expect(isDagsterConfigGroup(dagsterConfigGroup('workspace.yaml', 'workspace'))).toBe(true);
    expect(isDagsterConfigGroup('configmap-settings:dskit:querier:loki.yaml')).toBe(false);
  });
});
