import { describe, expect, it } from 'vitest';
import type { BindingFact, Fact } from '../../../core/discovery/facts.js';
import { parseCode } from '../../code-parser.js';
import { evidenceFor, type Source } from '../../source.js';
import { dockerComposeSource } from './docker-compose.js';
import { isSettingsFilePath, isSettingsMountTarget, mountedSettingsSource, settingsServiceFolder } from './mounted-settings.js';

async function read(source: Source, path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return source.read(file, { evidenceAt: evidenceFor(file), parse: parseCode, rules: [] });
}

/** The bindings as `key=value@owner`. */
async function bindings(source: Source, path: string, text: string): Promise<string[]> {
  return (await read(source, path, text)).filter((fact): fact is BindingFact => fact.type === 'binding').map((fact) => `${fact.key}=${fact.value}@${fact.component ?? fact.group ?? fact.scope}`);
}

describe('mounted-settings source', () => {
  it.each([
    ['forum.toml', true],
    ['server/config/config.toml', true],
    ['server/config/defaults.toml', true],
    ['config.production.yaml', true],
    ['deploy/settings.json', true],
    ['docker/forum.hjson', true],
    ['config/defaults.hjson', true],
    ['Cargo.toml', false],
    ['server/.cargo/config.toml', false],
    ['rustfmt.toml', false],
    ['pyproject.toml', false],
    ['package.json', false],
    ['values.yaml', false],
    ['.github/workflows/config.yml', false],
  ])('%s accepted: %s', (path, accepted) => {
    expect(isSettingsFilePath(path)).toBe(accepted);
  });

  it.each([
    ['/config/config.hjson', true],
    ['/app/config/config.toml', true],
    ['/etc/forum/settings.yaml', true],
    ['/app/settings.toml', true],
    ['/var/lib/postgresql/data', false],
    ['/usr/share/nginx/html/index.json', false],
  ])('a mount at %s is a settings file: %s', (target, expected) => {
    expect(isSettingsMountTarget(target)).toBe(expected);
  });

  it.each([
    ['server/config/config.toml', 'server'],
    ['server/settings.toml', 'server'],
    ['config.toml', ''],
  ])('%s is read by the code of %s', (path, folder) => {
    expect(settingsServiceFolder(path)).toBe(folder);
  });

  it('reads Hjson (quoteless strings, comments, no commas) with each key at its own line', async () => {
    const hjson = [
      '{',
      '  # the deployed settings',
      '  database: {',
      '    host: postgres',
      '    password: "not-a-real-one"',
      '  }',
      '  hostname: forum.example',
      '  pictrs: {',
      '    url: "http://pictrs:8080/"',
      '    api_key: "API_KEY"',
      '  }',
      '  email: {',
      '    smtp_server: "postfix:25"',
      '    // smtp_server: "mail.example:587"',
      '  }',
      '}',
    ].join('\n');
    const facts = (await read(mountedSettingsSource, 'docker/forum.hjson', hjson)).filter((fact): fact is BindingFact => fact.type === 'binding');
    expect(facts.map((fact) => `${fact.key}=${fact.value}@${fact.evidence.line}`)).toEqual([
      'database.host=postgres@4',
      'database.password=***@5',
      'hostname=forum.example@7',
      'pictrs.url=http://pictrs:8080/@9',
      'pictrs.api_key=***@10',
      'email.smtp_server=postfix:25@13',
    ]);
    expect(facts.every((fact) => fact.group === 'settings-file:docker/forum.hjson')).toBe(true);
  });

  it('skips a malformed Hjson file', async () => {
    expect(await read(mountedSettingsSource, 'docker/forum.hjson', '{ database: { host: postgres ')).toEqual([]);
  });

  it('binds a TOML settings file in its group, and for the service folder when named as settings and no variant', async () => {
    const toml = '# comment\nhostname = "forum"\n[database]\nconnection = "postgres://forum:secret@pg:5432/forum"\n[email]\nsmtp-server = "postfix"\n';
    expect(await bindings(mountedSettingsSource, 'server/config/config.toml', toml)).toEqual([
      'hostname=forum@settings-file:server/config/config.toml',
      'hostname=forum@server',
      'database.connection=postgres://forum:***@pg:5432/forum@settings-file:server/config/config.toml',
      'database.connection=postgres://forum:***@pg:5432/forum@server',
      'email.smtp-server=postfix@settings-file:server/config/config.toml',
      'email.smtp-server=postfix@server',
    ]);
    // A developer's defaults and an example: only for a deployment that mounts them.
    for (const path of ['server/config/defaults.toml', 'server/config.example.toml', 'forum.toml']) {
      expect((await bindings(mountedSettingsSource, path, toml)).every((binding) => binding.includes('@settings-file:'))).toBe(true);
    }
    // A test's settings bind nothing for the code.
    expect((await bindings(mountedSettingsSource, 'server/tests/fixtures/config.toml', toml)).every((binding) => binding.includes('@settings-file:'))).toBe(true);
  });

  it('gives a compose service the settings file it bind-mounts where the program reads it', async () => {
    const compose = [
      'services:',
      '  forum:',
      '    build: ./server',
      '    volumes:',
      '      - ./forum.hjson:/config/config.hjson:Z',
      '      - ./media:/app/media',
      '  pg:',
      '    image: postgres:16',
      '    volumes:',
      '      - ./init.json:/etc/settings.json',
    ].join('\n');
    const included = (await bindings(dockerComposeSource, 'docker-compose.yml', compose)).filter((binding) => binding.includes('$group:settings-file:'));
    expect(included).toEqual(['*=$group:settings-file:forum.hjson@forum']);
  });
});
