import { describe, expect, it } from 'vitest';
import type { BindingFact, ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { isPathEnvConfigPath, pathEnvConfigSource, pathEnvName, pathEnvServiceFolder } from './path-env-config.js';

async function read(path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return pathEnvConfigSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

/** The connections as `role mechanism technology key:port`. */
async function connections(text: string): Promise<string[]> {
  return (await read('cmd/core-data/res/configuration.yaml', text))
    .filter((fact): fact is ConnectionFact => fact.type === 'connection')
    .map((fact) => `${fact.role} ${fact.mechanism} ${fact.technology ?? '-'} ${fact.target.key}:${fact.target.port ?? '-'}`);
}

const EDGEX = `
Service:
  Host: localhost
  Port: 59880
MessageBus:
  Protocol: tcp
  Host: localhost
  Port: 1883
  Type: mqtt
Clients:
  core-metadata:
    Protocol: http
    Host: localhost
    Port: 59881
  support-scheduler:
    Enabled: false
    Host: localhost
    Port: 59861
`;

describe('path-env-config source', () => {
  it.each([
    ['cmd/core-data/res/configuration.yaml', true],
    ['cmd/core-data/res/configuration.yml', true],
    ['configuration.yaml', true],
    ['charts/edgex/configuration.yaml', false],
    ['cmd/core-data/res/config.yaml', false],
    ['docker-compose.yml', false],
  ])('%s accepted: %s', (path, accepted) => {
    expect(isPathEnvConfigPath(path)).toBe(accepted);
  });

  it.each([
    ['cmd/core-data/res/configuration.yaml', 'cmd/core-data'],
    ['res/configuration.yaml', ''],
    ['services/notify/configuration.yaml', 'services/notify'],
  ])('%s is read by the service of %s', (path, folder) => {
    expect(pathEnvServiceFolder(path)).toBe(folder);
  });

  it.each([
    ['MessageBus.Host', 'MESSAGEBUS_HOST'],
    ['Clients.core-metadata.Host', 'CLIENTS_CORE_METADATA_HOST'],
    ['Writable.InsecureSecrets.DB.Path', 'WRITABLE_INSECURESECRETS_DB_PATH'],
  ])('%s is overridden by %s', (key, env) => {
    expect(pathEnvName(key)).toBe(env);
  });

  it('makes a REST client of each enabled Clients section and a broker use of the MessageBus, by key', async () => {
    expect(await connections(EDGEX)).toEqual([
      'calls rest HTTP Clients.core-metadata.Host:59881',
      'uses messaging MQTT MessageBus.Host:1883',
    ]);
  });

  it.each([
    ['redis', 'Redis'],
    ['nats', 'NATS'],
    ['kafka', 'Kafka'],
    ['zero', '-'],
  ])('a %s message bus is %s', async (type, technology) => {
    const [bus] = await connections(`MessageBus:\n  Host: localhost\n  Type: ${type}\n`);
    expect(bus).toBe(`uses messaging ${technology} MessageBus.Host:-`);
  });

  it('binds every leaf for the service folder, the path-named env var overriding it', async () => {
    const bindings = (await read('cmd/core-data/res/configuration.yaml', EDGEX))
      .filter((fact): fact is BindingFact => fact.type === 'binding' && fact.key === 'Clients.core-metadata.Host')
      .map((fact) => `${fact.value}@${fact.scope}${fact.overrides ? ' overrides' : ''}`);
    expect(bindings).toEqual(['localhost@cmd/core-data', '$ref:CLIENTS_CORE_METADATA_HOST@cmd/core-data overrides']);
  });

  it.each([
    ['a file with neither section (Home Assistant)', 'homeassistant:\n  name: Home\nhttp:\n  server_port: 8123\n'],
    ['a bus switched off', 'MessageBus:\n  Enabled: false\n  Host: broker\n  Type: mqtt\n'],
    ['a client without a host', 'Clients:\n  core-metadata:\n    Port: 59881\n'],
  ])('%s makes no connection', async (_label, text) => {
    expect(await connections(text)).toEqual([]);
  });
});
