import { describe, expect, it } from 'vitest';
import { sidekiqConfigQueues, sidekiqConfigSource } from './sidekiq-config.js';

const lines = (...text: string[]): string => `${text.join('\n')}\n`;

describe('sidekiqConfigQueues', () => {
  it.each<[string, string, string]>([
    ['a symbol-style list', lines(':concurrency: 5', ':queues:', '  - default', '  - mailers'), 'default,mailers'],
    ['weighted entries', lines(':queues:', '  - [critical, 3]', '  - ["default", 1]'), 'critical,default'],
    ['a plain key, ERB elsewhere', lines("concurrency: <%= ENV.fetch('SIDEKIQ_CONCURRENCY', 5) %>", 'queues: [events]'), 'events'],
    ['production overrides the top level', lines(':queues: [default]', 'production:', '  :queues: [reports]'), 'reports'],
    ['a development section does not', lines(':queues: [default, billing]', 'development:', '  :queues: [default, billing, events]'), 'default,billing'],
    ['queues only for development: unknown', lines('development:', '  :queues: [default, events]'), '*'],
    ['no queues at all: Sidekiq’s default', lines(':concurrency: 5'), 'default'],
    ['a templated queue: unknown', lines(':queues:', "  - <%= ENV['QUEUE'] %>"), '*'],
    ['Sidekiq 7 capsules add theirs', lines(':queues: [default]', ':capsules:', '  single:', '    :queues: [serial]', '    :concurrency: 1'), 'default,serial'],
  ])('%s', (_name, text, queues) => {
    expect(sidekiqConfigQueues(text)).toBe(queues);
  });

  it('accepts Sidekiq config files by name only', () => {
    expect(['config/sidekiq.yml', 'config/sidekiq_events.yml', 'config/sidekiq-critical.yaml', 'config/database.yml', 'config/sidekiq_cron.rb'].filter((path) => sidekiqConfigSource.accepts(path))).toEqual(['config/sidekiq.yml', 'config/sidekiq_events.yml', 'config/sidekiq-critical.yaml']);
  });
});
