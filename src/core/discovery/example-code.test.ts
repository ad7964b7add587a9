import { describe, expect, it } from 'vitest';
import type { Fact } from './facts.js';
import { isExampleCode, withoutExampleCode } from './example-code.js';

describe('isExampleCode', () => {
  const projects = new Set(['', 'examples/shop', 'data-flows']);
  it.each([
    ['a script of a top-level examples folder', 'examples/gcs_flow.py', true],
    ['a nested samples folder of a package', 'src/acme/samples/notify.ts', true],
    ['an example that is a project of its own', 'examples/shop/app/main.py', false],
    ['an examples folder that is itself a project', 'data-flows/examples.py', false],
    ['a configuration file of an examples folder', 'examples/docker-compose.yml', false],
    ['the product code', 'src/acme/server/api.py', false],
    ['a module named example', 'src/acme/example.py', false],
  ])('%s', (_label, file, expected) => expect(isExampleCode(file, projects)).toBe(expected));
});

describe('withoutExampleCode', () => {
  const evidence = (file: string, line = 1) => ({ file, line });
  it('drops the facts read from example code and keeps the rest', () => {
    const facts: Fact[] = [
      { type: 'component', name: 'acme', kind: 'application', root: '', evidence: evidence('pyproject.toml'), confidence: 1 },
      { type: 'connection', mechanism: 'file-transfer', target: { host: 'storage.googleapis.com' }, evidence: evidence('examples/gcs_flow.py', 13), confidence: 0.8 },
      { type: 'connection', mechanism: 'database', target: { host: 'postgres' }, evidence: evidence('src/acme/db.py', 6), confidence: 0.8 },
      { type: 'component', name: 'shop', kind: 'application', root: 'examples/shop', evidence: evidence('examples/shop/Dockerfile'), confidence: 1 },
      { type: 'connection', mechanism: 'rest', target: { host: 'api' }, evidence: evidence('examples/shop/main.py', 4), confidence: 0.8 },
    ] as Fact[];
    expect(withoutExampleCode(facts).map((fact) => fact.evidence.file)).toEqual(['pyproject.toml', 'src/acme/db.py', 'examples/shop/Dockerfile', 'examples/shop/main.py']);
  });
});
