import { describe, expect, it } from 'vitest';
import { listenedQueues, resolveSidekiqQueues, sidekiqQueueMarkers } from './sidekiq-queues.js';

describe('sidekiqQueueMarkers', () => {
  it.each<[string, string[], string[]]>([
    ['-q flags, a weight after the comma', ['-q', 'events', '-q', 'clickhouse,2'], ['sidekiq-queue:events', 'sidekiq-queue:clickhouse']],
    ['--queue=name', ['--queue=critical', '-c', '5'], ['sidekiq-queue:critical']],
    ['a config file', ['-C', 'config/sidekiq_events.yml'], ['sidekiq-config:config/sidekiq_events.yml']],
    ['-q overrides the config file', ['-C', 'config/sidekiq.yml', '-q', 'low'], ['sidekiq-queue:low']],
    ['options taking values are skipped', ['-c', '5', '-e', 'production', '-r', './app.rb'], ['sidekiq-config:']],
    ['neither: the default config', [], ['sidekiq-config:']],
  ])('%s', (_name, options, markers) => {
    expect(sidekiqQueueMarkers(options)).toEqual(markers);
  });
});

describe('resolveSidekiqQueues', () => {
  const files = new Map([
    ['app/config/sidekiq.yml', 'default,mailers'],
    ['app/config/sidekiq_events.yml', 'events'],
    ['app/config/sidekiq_dynamic.yml', '*'],
  ]);
  it.each<[string, string[], string, ReadonlyMap<string, string>, string[]]>([
    ['a -C file of the codebase', ['sidekiq', 'sidekiq-config:config/sidekiq_events.yml'], 'app', files, ['sidekiq', 'sidekiq-queue:events']],
    ['./ and an absolute WORKDIR path', ['sidekiq', 'sidekiq-config:/srv/app/config/sidekiq_events.yml'], 'app', files, ['sidekiq', 'sidekiq-queue:events']],
    ['no -C: config/sidekiq.yml', ['sidekiq', 'sidekiq-config:'], 'app', files, ['sidekiq', 'sidekiq-queue:default', 'sidekiq-queue:mailers']],
    ['no config file at all: default', ['sidekiq', 'sidekiq-config:'], 'app', new Map(), ['sidekiq', 'sidekiq-queue:default']],
    ['an unreadable list: every queue', ['sidekiq', 'sidekiq-config:config/sidekiq_dynamic.yml'], 'app', files, ['sidekiq']],
    ['a file not in the scan: every queue', ['sidekiq', 'sidekiq-config:config/missing.yml'], 'app', files, ['sidekiq']],
    ['queues given on the command line are kept', ['sidekiq', 'sidekiq-queue:low'], 'app', files, ['sidekiq', 'sidekiq-queue:low']],
  ])('%s', (_name, processes, root, queues, resolved) => {
    expect(resolveSidekiqQueues(processes, root, queues)).toEqual(resolved);
  });
});

describe('listenedQueues', () => {
  it('reads the queue markers, undefined for none', () => {
    expect([...(listenedQueues(['sidekiq', 'sidekiq-queue:a', 'sidekiq-queue:b']) ?? [])]).toEqual(['a', 'b']);
    expect(listenedQueues(['sidekiq'])).toBeUndefined();
  });
});
