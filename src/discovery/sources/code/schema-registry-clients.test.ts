import { describe, expect, it } from 'vitest';
import { code, readSnippet, summarise, type FactSummary } from './code-test-support.js';
import { csharpCodeSource } from './csharp-source.js';
import { typescriptCodeSource } from './typescript-source.js';

const registry = (line: number, target: object): FactSummary => ({ role: 'calls', mechanism: 'rest', technology: 'Schema Registry', targetKind: 'other', target, line, confidence: 0.9 }) as FactSummary;

describe('schema registry clients (Node, .NET)', () => {
  it.each([
    {
      name: 'Node: @kafkajs/confluent-schema-registry by its host',
      source: typescriptCodeSource,
      path: 'src/index.js',
      text: code`
        const { SchemaRegistry } = require('@kafkajs/confluent-schema-registry');
        const registry = new SchemaRegistry({ host: 'http://schema-registry:8081' });`,
      facts: [registry(2, { host: 'schema-registry', port: 8081, url: 'http://schema-registry:8081' })],
    },
    {
      name: 'Node: a SchemaRegistry of another package is not the registry client',
      source: typescriptCodeSource,
      path: 'src/index.ts',
      text: code`
        import { SchemaRegistry } from './schemas';
        const registry = new SchemaRegistry({ host: 'http://schema-registry:8081' });`,
      facts: [],
    },
    {
      name: '.NET: SchemaRegistryConfig { Url }',
      source: csharpCodeSource,
      path: 'Scores/Program.cs',
      text: code`
        using Confluent.SchemaRegistry;
        var config = new SchemaRegistryConfig { Url = "http://schema-registry:8081" };
        using var client = new CachedSchemaRegistryClient(config);`,
      facts: [registry(2, { host: 'schema-registry', port: 8081, url: 'http://schema-registry:8081' })],
    },
  ])('$name', async ({ source, path, text, facts }) => {
    expect(summarise(await readSnippet(source, path, text))).toEqual(facts);
  });
});
