import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { parseCode } from '../../code-parser.js';
import { dropwizardConfigSource, dropwizardExpression, isDropwizardConfigPath } from './dropwizard-config.js';

function read(path: string, text: string): Fact[] {
  const file = { path, text };
  return dropwizardConfigSource.read(file, { evidenceAt: evidenceFor(file), parse: parseCode, rules: [] }) as Fact[];
}

const CONFIG = [
  'server:',
  '  applicationConnectors:',
  '    - type: http',
  '      port: ${SERVER_PORT:-8585}',
  'database:',
  '  driverClass: ${DB_DRIVER_CLASS:-org.postgresql.Driver}',
  '  password: ${DB_PASSWORD:-s3cret-pw}',
  '  url: jdbc:postgresql://${DB_HOST:-localhost}:5432/${DB_NAME:-notes}',
  'pipeline:',
  '  apiEndpoint: ${PIPELINE_ENDPOINT:-http://localhost:8080}',
  '  name: plain',
  '',
].join('\n');

describe('Dropwizard configuration files', () => {
  it.each<[string, boolean]>([
    ['conf/notes.yaml', true],
    ['notes-server/config.yml', true],
    ['conf/notes-local.yaml', false],
    ['notes-server/src/test/resources/test-config.yml', false],
    ['src/main/resources/application.yml', false],
    ['docker-compose.yml', false],
    ['charts/notes/values.yaml', false],
    ['conf/notes.properties', false],
  ])('%s is read: %s', (path, accepted) => {
    expect(isDropwizardConfigPath(path)).toBe(accepted);
  });

  it.each<[string, string]>([
    ['${A:-http://localhost:8080}', '${A:http://localhost:8080}'],
    ['jdbc:${S:-mysql}://${H:-localhost}:${P:-3306}/db', 'jdbc:${S:mysql}://${H:localhost}:${P:3306}/db'],
    ['${A:-${B:-x}}', '${A:${B:x}}'],
    ['${PLAIN}', '${PLAIN}'],
    ['no expression', 'no expression'],
  ])('%s is the expression %s', (written, expression) => {
    expect(dropwizardExpression(written)).toBe(expression);
  });

  it('binds every key for the service folder, with its expression, and masks secrets', () => {
    const bindings = read('conf/notes.yaml', CONFIG).filter((fact) => fact.type === 'binding');
    const byKey = new Map(bindings.map((fact) => [fact.type === 'binding' ? fact.key : '', fact]));
    expect(byKey.get('pipeline.apiEndpoint')).toMatchObject({ scope: '', value: 'http://localhost:8080', expression: '${PIPELINE_ENDPOINT:http://localhost:8080}' });
    expect(byKey.get('pipeline.name')).toMatchObject({ scope: '', value: 'plain' });
    expect(byKey.get('pipeline.name')).not.toHaveProperty('expression');
    expect(byKey.get('server.applicationConnectors[0].port')).toMatchObject({ value: '8585' });
    expect(JSON.stringify(bindings)).not.toContain('s3cret-pw');
  });

  it('connects a data source section to the database its URL names', () => {
    const connections = read('notes-server/conf/notes.yaml', CONFIG).filter((fact) => fact.type === 'connection');
    expect(connections).toEqual([expect.objectContaining({ target: { key: 'database.url' }, mechanism: 'database', targetKind: 'database', technology: 'PostgreSQL', evidence: expect.objectContaining({ line: 8 }) })]);
  });

  it.each<[string, string]>([
    ['a logging section with appenders', 'logging:\n  appenders:\n    - type: console\nsearch:\n  host: ${ES_HOST:-localhost}\n'],
    ['a data source of another name', 'readReplica:\n  driverClass: com.mysql.cj.jdbc.Driver\n  url: jdbc:mysql://replica:3306/x\n'],
  ])('knows a Dropwizard file by %s', (_name, text) => {
    expect(read('conf/app.yml', text).length).toBeGreaterThan(0);
  });

  it.each<[string, string]>([
    ['a tool configuration', 'rules:\n  - id: x\n    url: http://example.com\n'],
    ['a server section without connectors', 'server:\n  port: 8080\ndatabase:\n  url: jdbc:mysql://db/x\n'],
    ['a list', '- a\n- b\n'],
  ])('reads nothing from %s', (_name, text) => {
    expect(read('conf/app.yml', text)).toEqual([]);
  });
});
