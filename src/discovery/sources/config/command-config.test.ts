/**
 * A stock server configured by the YAML file its command line names (command-config.ts): which
 * settings are its connections, the files a command names (and those they load by `file://`),
 * and what a compose service running it takes in.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { COMMAND_CONFIG_GROUP, commandConfigFacts, commandConfigFiles, settingConnection } from './command-config.js';
import { dockerComposeSource } from './docker-compose.js';

async function read(source: typeof dockerComposeSource, path: string, text: string, files: Record<string, string> = {}): Promise<Fact[]> {
  const file = { path, text };
  return source.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [], readFile: (wanted) => files[wanted] });
}

describe('settingConnection', () => {
  it.each<[string, string, string | undefined]>([
    ['courier.smtp.connection_uri', 'smtps://test:test@mailslurper:1025/?skip_ssl_verify=true', 'uses email'],
    ['selfservice.flows.registration.after.password.hooks[0].config.url', 'http://permissions:4467/admin/relation-tuples', 'calls rest'],
    ['authenticators.cookie_session.config.check_session_url', 'http://identity:4433/sessions/whoami', 'calls rest'],
    ['[0].upstream.url', 'http://selfservice-ui-node:4435', 'calls rest'],
    ['dsn', 'memory', 'uses database'],
    ['database.dsn', 'postgres://app:secret@pg:5432/app', 'uses database'],
    ['cache.url', 'redis://cache:6379/0', 'uses database'],
    // Where browsers go, or the program's own address.
    ['selfservice.flows.login.ui_url', 'http://127.0.0.1:4455/login', undefined],
    ['serve.admin.base_url', 'http://identity:4434/', undefined],
    ['selfservice.default_browser_return_url', 'http://127.0.0.1:4455/', undefined],
    ['selfservice.allowed_return_urls[0]', 'https://app.example.com', undefined],
    ['[0].match.url', 'http://127.0.0.1:4455/<**>', undefined],
    ['mutators.id_token.config.issuer_url', 'http://127.0.0.1:4455/', undefined],
    ['urls.consent', 'http://consent:3000/consent', undefined],
    ['urls.error', 'http://consent:3000/error', undefined],
    // Files, inline data, a schema's own id, and values that are no address.
    ['identity.schemas[0].url', 'file:///etc/config/identity/identity.schema.json', undefined],
    ['courier.templates.body', 'base64://e3sgLklkZW50aXR5IH19', undefined],
    ['$id', 'https://schemas.example.com/identity.json', undefined],
    ['log.level', 'debug', undefined],
  ])('%s: %s', (key, value, expected) => {
    const found = settingConnection(key, value);
    expect(found === undefined ? undefined : `${found.role} ${found.mechanism}`).toBe(expected);
  });
});

describe('commandConfigFacts', () => {
  const connections = (facts: readonly Fact[]): string[] => facts.flatMap((fact) => (fact.type === 'connection' ? [`${fact.group} ${fact.target.key} ${fact.mechanism}`] : []));

  it('puts the connections and their env overrides in the file group, the DSN bound only by the environment when it names no server', async () => {
    const facts = commandConfigFacts({ path: 'quickstart/identity.yml', text: ['dsn: memory', 'serve:', '  public:', '    base_url: http://127.0.0.1:4433/', 'courier:', '  smtp:', '    connection_uri: smtp://mail:1025/', ''].join('\n') });
    const group = `${COMMAND_CONFIG_GROUP}quickstart/identity.yml`;
    expect(connections(facts)).toEqual([`${group} dsn database`, `${group} courier.smtp.connection_uri email`]);
    const bindings = facts.flatMap((fact) => (fact.type === 'binding' ? [`${fact.key}=${fact.value}${fact.overrides ? ' (overrides)' : ''}`] : []));
    expect(bindings).toEqual(['dsn=$ref:DSN (overrides)', 'courier.smtp.connection_uri=smtp://mail:1025/', 'courier.smtp.connection_uri=$ref:COURIER_SMTP_CONNECTION_URI (overrides)']);
  });

  it('reads a list of proxy rules, and no JSON schema or compose file', async () => {
    expect(connections(commandConfigFacts({ path: 'proxy/access-rules.yml', text: ['- id: ui', '  upstream:', '    url: http://ui:4435', '  match:', '    url: http://127.0.0.1:4455/<**>', ''].join('\n') }))).toEqual([`${COMMAND_CONFIG_GROUP}proxy/access-rules.yml [0].upstream.url rest`]);
    expect(commandConfigFacts({ path: 'identity.schema.json', text: '{"$id": "https://schemas.example.com/x.json", "properties": {"u": {"default": "http://api:80"}}}' })).toEqual([]);
    expect(commandConfigFacts({ path: 'docker-compose.yml', text: ['services:', '  web:', '    environment:', '      API: http://api:80', ''].join('\n') })).toEqual([]);
  });
});

describe('commandConfigFiles', () => {
  const mounts = [
    { source: 'contrib/identity', target: '/etc/config/identity', line: 7 },
    { source: 'contrib/proxy', target: '/etc/config/proxy', line: 9 },
  ];
  const files: Record<string, string> = {
    'contrib/proxy/config.yml': ['access_rules:', '  repositories:', '    - file:///etc/config/proxy/access-rules.yml', 'mutators:', '  id_token:', '    config:', '      jwks_url: file:///etc/config/proxy/jwks.json', ''].join('\n'),
    'contrib/identity/identity.yml': ['identity:', '  schemas:', '    - url: file:///etc/config/identity/identity.schema.json', ''].join('\n'),
  };
  it.each([
    { name: '-c and a word', words: ['serve', '-c', '/etc/config/identity/identity.yml', '--dev'], found: ['contrib/identity/identity.yml'] },
    { name: 'options before the subcommand', words: ['-c', '/etc/config/identity/identity.yml', 'migrate', 'sql', '-e', '--yes'], found: ['contrib/identity/identity.yml'] },
    { name: '--config=', words: ['serve', '--config=/etc/config/identity/identity.yml'], found: ['contrib/identity/identity.yml'] },
    { name: 'and the files it loads by file:// URL (not a schema, a key set being JSON too)', words: ['serve', 'proxy', '-c', '/etc/config/proxy/config.yml'], found: ['contrib/proxy/config.yml', 'contrib/proxy/access-rules.yml', 'contrib/proxy/jwks.json'] },
    { name: 'a path no mount holds', words: ['serve', '-c', '/srv/app.yml'], found: [] },
    { name: 'a file no option names', words: ['serve', '/etc/config/identity/identity.yml'], found: [] },
    { name: 'a TOML file (commandSettingsFiles)', words: ['serve', '-c', '/etc/config/identity/identity.toml'], found: [] },
  ])('$name', ({ words, found }) => {
    expect(commandConfigFiles(words, mounts, (path) => files[path]).map((file) => file.path)).toEqual(found);
  });
});

describe('a compose service running a command-configured image', () => {
  it('takes in the file its command names inside its long-syntax bind mount', async () => {
    const compose = ['services:', '  identity:', '    image: acme/identity:v1', '    command: serve -c /etc/config/identity/identity.yml --dev', '    volumes:', '      - type: bind', '        source: ./contrib/identity', '        target: /etc/config/identity', ''].join('\n');
    const facts = await read(dockerComposeSource, 'quickstart.yml', compose);
    const included = facts.flatMap((fact) => (fact.type === 'binding' && fact.component === 'identity' && fact.value.startsWith('$group:') ? [fact.value] : []));
    expect(included).toContain(`$group:${COMMAND_CONFIG_GROUP}contrib/identity/identity.yml`);
  });

  it('reads the named file itself, with evidence in that file, and no file its command does not name', async () => {
    const compose = ['services:', '  identity:', '    image: acme/identity:v1', '    command: serve -c /etc/config/identity/identity.yml', '    volumes:', '      - ./contrib/identity:/etc/config/identity', ''].join('\n');
    const files = {
      'contrib/identity/identity.yml': ['courier:', '  smtp:', '    connection_uri: smtp://mail:1025/', ''].join('\n'),
      'contrib/identity/other.yml': ['webhook:', '  url: http://hooks:80/', ''].join('\n'),
    };
    const facts = await read(dockerComposeSource, 'quickstart.yml', compose, files);
    const connections = facts.flatMap((fact) => (fact.type === 'connection' && fact.group?.startsWith(COMMAND_CONFIG_GROUP) ? [`${fact.group} ${fact.target.key} ${fact.evidence.file}:${fact.evidence.line}`] : []));
    expect(connections).toEqual([`${COMMAND_CONFIG_GROUP}contrib/identity/identity.yml courier.smtp.connection_uri contrib/identity/identity.yml:3`]);
  });

  it.each<[string, string[], string[]]>([
    ['the image program\'s migrate subcommand after its options', ['    command: -c /etc/config/identity/identity.yml migrate sql -e --yes'], ['migrate']],
    ['the subcommand before them', ['    command: migrate -c /etc/config/identity/identity.yml sql -e --yes'], ['migrate']],
    ['its server', ['    command: serve -c /etc/config/identity/identity.yml --dev'], []],
    ['a command given to an interpreter entrypoint is judged with it', ['    entrypoint: ["python", "app.py"]', '    command: ["migrate"]'], []],
  ])('runs %s as a one-shot migration or not', async (_name, lines, processes) => {
    const facts = await read(dockerComposeSource, 'quickstart.yml', ['services:', '  identity-migrate:', '    image: acme/identity:v1', ...lines, ''].join('\n'));
    expect(facts.flatMap((fact) => (fact.type === 'binding' && fact.key === 'celery:process' ? [fact.value] : []))).toEqual(processes);
  });
});
