import { describe, expect, it } from 'vitest';
import { emailSendsNothing, vendureDatabase, vendurePlugin, vendureProcessOf } from './vendure.js';

describe('vendure', () => {
  it.each<[string, string | undefined]>([
    ['bootstrap', 'server'],
    ['bootstrapWorker', 'worker'],
    ['core.bootstrapWorker', 'worker'],
    ['bootstrapApp', undefined],
  ])('the process %s starts', (callee, expected) => {
    expect(vendureProcessOf(callee)).toBe(expected);
  });

  it.each<[string, string | undefined, Record<string, string>?]>([
    ['BullMQJobQueuePlugin', 'Redis', { server: 'produces', worker: 'consumes' }],
    ['vendure.EmailPlugin', 'SMTP', { worker: 'calls' }],
    ['ElasticsearchPlugin', 'Elasticsearch', { server: 'uses', worker: 'uses' }],
    ['StripePlugin', 'Stripe', { server: 'calls' }],
    ['DefaultJobQueuePlugin', undefined],
    ['LoyaltyPlugin', undefined],
  ])('the plugin %s', (name, technology, roles) => {
    const plugin = vendurePlugin(name);
    expect(plugin?.technology).toBe(technology);
    if (roles) expect(plugin?.roles).toEqual(roles);
  });

  it.each<[string, string | undefined]>([
    ['postgres', 'PostgreSQL'],
    ['MySQL', 'MySQL'],
    ['mariadb', 'MariaDB'],
    ['sqlite', undefined],
    ['better-sqlite3', undefined],
  ])('the database of type %s', (type, expected) => {
    expect(vendureDatabase(type)).toBe(expected);
  });

  it.each<[string | undefined, string | undefined, boolean]>([
    ['true', undefined, true],
    ['false', 'smtp', false],
    [undefined, 'smtp', false],
    [undefined, 'file', true],
    [undefined, 'none', true],
    [undefined, undefined, false],
  ])('an EmailPlugin with devMode %s and transport %s sends nothing: %s', (devMode, type, expected) => {
    expect(emailSendsNothing(devMode, type)).toBe(expected);
  });
});
