import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { parseCode } from '../../code-parser.js';
import { evidenceFor } from '../../source.js';
import { openApiSource } from './openapi.js';

/** Reads one inline file the way the scanner would. */
async function read(path: string, text: string): Promise<Fact[]> {
  return openApiSource.read({ path, text }, { evidenceAt: evidenceFor({ path, text }), parse: parseCode, rules: [] });
}

describe('openApiSource', () => {
  it('accepts YAML and JSON files only', () => {
    expect(openApiSource.accepts('api/openapi.yaml')).toBe(true);
    expect(openApiSource.accepts('docs/spec.yml')).toBe(true);
    expect(openApiSource.accepts('swagger.json')).toBe(true);
    expect(openApiSource.accepts('src/api.ts')).toBe(false);
  });

  it('reads an OpenAPI 3 document: title, server hosts (templated, relative and local ones handled), line of `openapi:`', async () => {
    const text = [
      '# Cart API',
      'openapi: 3.0.3',
      'info:',
      '  title: Cart Service',
      '  version: 1.0.0',
      'servers:',
      '  - url: https://api.exampleco.com/v1',
      '  - url: http://localhost:8080',
      '  - url: /v2',
      '  - url: https://{env}.exampleorg.org:{port}',
      '    variables:',
      '      env: { default: prod }',
      '      port: { default: "8443" }',
      '  - url: https://{unfilled}.examplenet.net',
      '  - url: https://api.exampleco.com/v2',
      'paths: {}',
    ].join('\n');
    expect(await read('services/cart/openapi.yaml', text)).toEqual([
      {
        type: 'provides',
        api: 'Cart Service',
        protocol: 'rest',
        names: ['api.exampleco.com', 'prod.exampleorg.org'],
        evidence: { file: 'services/cart/openapi.yaml', line: 2, excerpt: 'openapi: 3.0.3' },
      },
    ]);
  });

  it('reads a Swagger 2 JSON document and its host', async () => {
    const text = JSON.stringify({ swagger: '2.0', info: { title: 'Payments', version: '1' }, host: 'payments.internal:8443', basePath: '/api', paths: {} }, null, 2);
    expect(await read('payments/swagger.json', text)).toEqual([
      { type: 'provides', api: 'Payments', protocol: 'rest', names: ['payments.internal'], evidence: { file: 'payments/swagger.json', line: 2, excerpt: '"swagger": "2.0",' } },
    ]);
  });

  it('names an untitled API after its file, and gives no names when there is no server', async () => {
    const text = 'openapi: "3.1.0"\npaths: {}\n';
    expect(await read('specs/orders-api.yml', text)).toEqual([
      { type: 'provides', api: 'orders-api', protocol: 'rest', evidence: { file: 'specs/orders-api.yml', line: 1, excerpt: 'openapi: "3.1.0"' } },
    ]);
  });

  it('reads the same with the operations and schemas left unparsed, on the lines they were on', async () => {
    const text = [
      '# Orders',
      'openapi: 3.0.3',
      'paths:',
      '  /orders:',
      '    get: { responses: { "200": { description: ok } } }',
      'tags:',
      '- name: orders',
      'components:',
      '  schemas:',
      '    Order: { type: object }',
      'info:',
      '  title: Orders',
      'servers:',
      '  - url: http://orders:8080',
      '',
    ].join('\n');
    expect(await read('api/openapi.yaml', text)).toEqual([
      { type: 'provides', api: 'Orders', protocol: 'rest', names: ['orders'], evidence: { file: 'api/openapi.yaml', line: 2, excerpt: 'openapi: 3.0.3' } },
    ]);
  });

  it('still reads a document whose skipped sections hold anchors (it is parsed whole then)', async () => {
    const text = 'openapi: 3.0.3\ncomponents:\n  schemas:\n    Base: &base { type: object }\n    Order: *base\ninfo: { title: Orders }\n';
    expect(await read('api/openapi.yaml', text)).toMatchObject([{ api: 'Orders', evidence: { line: 1 } }]);
  });

  it('keeps no password from a server URL', async () => {
    const text = 'openapi: 3.0.0\ninfo: { title: Legacy }\nservers:\n  - url: https://admin:hunter2@legacy.exampleco.com/\n';
    const facts = await read('legacy.yaml', text);
    expect(facts).toMatchObject([{ api: 'Legacy', names: ['legacy.exampleco.com'] }]);
    expect(JSON.stringify(facts)).not.toContain('hunter2');
  });

  it.each([
    ['a package.json', 'package.json', '{ "name": "cart", "version": "1.0.0" }'],
    ['a key called openapi below the top level', 'config.yaml', 'tools:\n  openapi: 3.0.0\n'],
    ['an openapi key whose value is no version', 'config.yaml', 'openapi: true\n'],
    ['an AsyncAPI document', 'asyncapi.yaml', 'asyncapi: 2.6.0\ninfo: { title: Events }\n'],
    ['malformed YAML', 'broken.yaml', 'openapi: 3.0.0\ninfo:\n  title: [unclosed\n'],
    ['malformed JSON', 'broken.json', '{ "openapi": "3.0.0", "info": { "title": '],
    ['a Helm template', 'templates/api.yaml', 'openapi: {{ .Values.version }}\n{{- if .Values.x }}\n'],
    ['a top-level key beyond the first 2 KB', 'late.yaml', `${'# padding\n'.repeat(300)}openapi: 3.0.0\n`],
    ['a stream of several documents', 'multi.yaml', 'openapi: 3.0.0\n---\nopenapi: 3.0.0\n'],
  ])('gives nothing for %s', async (_name, path, text) => {
    expect(await read(path, text)).toEqual([]);
  });
});
