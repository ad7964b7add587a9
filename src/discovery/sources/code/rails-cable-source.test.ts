import { describe, expect, it } from 'vitest';
import type { Fact, SourceFile } from '../../../core/discovery/facts.js';
import { parseCode } from '../../code-parser.js';
import { evidenceFor } from '../../source.js';
import { loadsActionCable, productionAdapter, railsCableSource } from './rails-cable-source.js';

const REDIS = "development:\n  adapter: async\n\ntest:\n  adapter: test\n\nproduction:\n  adapter: redis\n  url: <%= ENV.fetch('REDIS_URL', 'redis://localhost:6379/1') %>\n  channel_prefix: desk_production\n";

async function read(cable: string, application: string | undefined = 'require "rails/all"\n'): Promise<Fact[]> {
  const file: SourceFile = { path: 'config/cable.yml', text: cable };
  return railsCableSource.read(file, { evidenceAt: evidenceFor(file), parse: parseCode, rules: [], readFile: (path) => (path === 'config/application.rb' ? application : undefined) });
}

function summary(facts: readonly Fact[]): unknown[] {
  return facts.flatMap((fact) => (fact.type === 'connection' ? [{ target: fact.target, mechanism: fact.mechanism, role: fact.role, channel: fact.channel, line: fact.evidence.line, runsIn: fact.runsIn }] : []));
}

describe('Action Cable’s cable.yml', () => {
  it.each<[string, string, string | undefined, unknown[]]>([
    ['production’s Redis adapter: messaging from every process, its URL’s variable', REDIS, 'require "rails/all"\n', [{ target: { key: 'REDIS_URL' }, mechanism: 'messaging', role: 'produces', channel: 'desk_production', line: 9, runsIn: 'every' }]],
    ['a literal URL', 'production:\n  adapter: redis\n  url: redis://cable:6379/1\n', 'require "action_cable/engine"\n', [{ target: { url: 'redis://cable:6379/1', host: 'cable', port: 6379 }, mechanism: 'messaging', role: 'produces', channel: undefined, line: 3, runsIn: 'every' }]],
    ['an app not loading Action Cable', REDIS, 'require "active_record/railtie"\nrequire "action_controller/railtie"\n', []],
    ['a PostgreSQL adapter in production (the Redis one only in development)', 'development:\n  adapter: redis\n  url: redis://localhost:6379/1\nproduction:\n  adapter: postgresql\n', 'require "rails/all"\n', []],
    ['no URL: the adapter’s localhost default', 'production:\n  adapter: redis\n', 'require "rails/all"\n', []],
  ])('%s', async (_name, cable, application, expected) => {
    expect(summary(await read(cable, application))).toEqual(expected);
  });

  it.each<[string | undefined, boolean]>([
    ['require "rails/all"', true],
    ["require 'action_cable/engine'", true],
    ['require "active_record/railtie"', false],
    [undefined, true],
  ])('tells whether application.rb loads Action Cable: %s', (application, expected) => {
    expect(loadsActionCable(application)).toBe(expected);
  });

  it.each<[string, { name: string; adapter?: string }[], string | undefined]>([
    ['production wins', [{ name: 'development', adapter: 'redis' }, { name: 'production', adapter: 'redis' }], 'production'],
    ['else the only server adapter', [{ name: 'development', adapter: 'async' }, { name: 'staging', adapter: 'redis' }], 'staging'],
    ['none when two could be', [{ name: 'staging', adapter: 'redis' }, { name: 'live', adapter: 'redis' }], undefined],
  ])('picks the entry production runs: %s', (_name, entries, expected) => {
    expect(productionAdapter(entries)).toBe(expected);
  });
});
