import { describe, expect, it } from 'vitest';
import type { BindingFact, ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { hoconConfigSource, isHoconSettingsPath, looksLikeOtherConf } from './hocon-config.js';

async function read(path: string, text: string, files: Record<string, string> = {}): Promise<Fact[]> {
  const file = { path, text };
  return hoconConfigSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [], readFile: (other) => files[other] });
}

const bindings = (facts: Fact[]): string[] => facts.filter((fact): fact is BindingFact => fact.type === 'binding').map((fact) => `${fact.scope ?? ''}|${fact.key}=${fact.value}${fact.expression ? ` (${fact.expression})` : ''}`);
const connections = (facts: Fact[]): ConnectionFact[] => facts.filter((fact): fact is ConnectionFact => fact.type === 'connection');

describe('hocon-config source', () => {
  it.each([
    ['console/conf/application.conf', true],
    ['conf/prod.conf', true],
    ['auditor/src/main/resources/application.conf', true],
    ['auditor/src/main/resources/reference.conf', true],
    ['auditor/src/test/resources/application.conf', false],
    ['console/conf/nginx.conf', false],
    ['conf/supervisord.conf', false],
    ['deploy/redis.conf', false],
    ['nginx/conf.d/default.conf', false],
    ['application.conf', false],
    ['etc/app/application.conf', false],
  ])('accepts %s: %s', (path, accepted) => {
    expect(isHoconSettingsPath(path)).toBe(accepted);
  });

  it.each([
    ['nginx', 'worker_processes 1;\nevents { worker_connections 1024; }\nhttp {\n  server {\n    listen 80;\n  }\n}', true],
    ['an INI file (supervisord)', '[program:web]\ncommand=java -jar app.jar', true],
    ['Apache', '<VirtualHost *:80>\n  ServerName x\n</VirtualHost>', true],
    ['HOCON', 'a = 1\nb { c = "x;" }\nlist = [\n  "a"\n]', false],
  ])('takes %s for another format: %s', (_name, text, other) => {
    expect(looksLikeOtherConf(text)).toBe(other);
  });

  it('binds a Play application settings for the folder above conf/, overrides as expressions', async () => {
    const text = ['play.http.secret.key = ${?APP_SECRET}', 'gms.host = "localhost"', 'gms.host = ${?GMS_HOST}', 'gms.port = 8080', 'include "extra.conf"'].join('\n');
    const facts = await read('console/conf/application.conf', text, { 'console/build.gradle': 'plugins {}', 'console/conf/extra.conf': 'gms.port = 9090' });
    expect(bindings(facts)).toEqual([
      'console|play.http.secret.key=${APP_SECRET} (${APP_SECRET})',
      'console|gms.host=localhost (${GMS_HOST:localhost})',
      'console|gms.port=9090',
    ]);
    expect(facts.find((fact) => fact.type === 'binding' && fact.key === 'gms.port')?.evidence).toMatchObject({ file: 'console/conf/extra.conf', line: 1, excerpt: 'gms.port = 9090' });
  });

  it('does not read a conf/ folder outside a JVM build, nor a text shaped as nginx', async () => {
    expect(await read('site/conf/app.conf', 'a = 1', {})).toEqual([]);
    expect(await read('console/conf/application.conf', 'server {\n  listen 80;\n  root /srv;\n}', { 'console/build.sbt': '' })).toEqual([]);
  });

  it('binds a module resources file for the module', async () => {
    expect(bindings(await read('auditor/src/main/resources/application.conf', 'auditor.kafka { bootstrap-servers = "localhost:9092", bootstrap-servers = ${?KAFKA} }'))).toEqual([
      'auditor|auditor.kafka.bootstrap-servers=localhost:9092 (${KAFKA:localhost:9092})',
    ]);
  });

  it.each<[string, string, 'none' | 'always' | 'conditional']>([
    ['switched off', 'auth.oidc.enabled = false\nauth.oidc.discoveryUri = ${?OIDC_URI}', 'none'],
    ['switched on', 'auth.oidc.enabled = true\nauth.oidc.discoveryUri = ${?OIDC_URI}', 'always'],
    ['with no switch', 'auth.oidc.discoveryUri = "https://login.acmeidp.io/.well-known/openid-configuration"', 'always'],
    ['off unless the deployment sets the switch', 'auth.oidc.enabled = false\nauth.oidc.enabled = ${?OIDC_ENABLED}\nauth.oidc.discoveryUri = ${?OIDC_URI}', 'conditional'],
  ])('calls the OpenID Connect discovery URI %s', async (_name, text, expected) => {
    const found = connections(await read('console/conf/application.conf', text, { 'console/build.sbt': '' }));
    if (expected === 'none') expect(found).toEqual([]);
    else {
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ role: 'calls', mechanism: 'rest', technology: 'OpenID Connect' });
      expect(found[0]?.conditions).toEqual(expected === 'conditional' ? [{ key: 'auth.oidc.enabled', test: 'true', unsetIsEmpty: true }] : undefined);
    }
  });
});
