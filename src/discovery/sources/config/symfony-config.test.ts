import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { symfonyConfigSource } from './symfony-config.js';

async function read(path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return symfonyConfigSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

const summary = (facts: Fact[]): unknown[] => facts.map((fact) => (fact.type === 'connection' ? { target: fact.target, technology: fact.technology, line: fact.evidence.line } : fact.type));

describe('symfony-config source', () => {
  it.each([
    ['config/packages/doctrine.yaml', true],
    ['app/config/packages/prod/doctrine.yaml', true],
    ['config/packages/doctrine_mongodb.yml', true],
    ['config/packages/messenger.yaml', false],
    ['config/doctrine.yaml', false],
  ])('accepts %s: %s', (path, accepted) => {
    expect(symfonyConfigSource.accepts(path)).toBe(accepted);
  });

  it.each([
    {
      name: 'the stock DBAL url from an env parameter with a processor',
      text: "doctrine:\n    dbal:\n        url: '%env(resolve:DATABASE_URL)%'\n        driver: pdo_mysql\n    orm:\n        auto_mapping: true\n",
      facts: [{ target: { key: 'DATABASE_URL' }, technology: 'MySQL', line: 3 }],
    },
    {
      name: 'named connections: one by URL, one by host and port; SQLite is no system',
      text: [
        'doctrine:',
        '  dbal:',
        '    connections:',
        '      default:',
        "        url: '%env(DATABASE_URL)%'",
        '      reports:',
        '        driver: pdo_pgsql',
        '        host: reports-db',
        '        port: 5432',
        '      cache:',
        "        url: 'sqlite:///%kernel.project_dir%/var/cache.db'",
        '        driver: pdo_sqlite',
      ].join('\n'),
      facts: [
        { target: { key: 'DATABASE_URL' }, technology: undefined, line: 5 },
        { target: { host: 'reports-db', port: 5432 }, technology: 'PostgreSQL', line: 8 },
      ],
    },
    {
      name: 'a MongoDB ODM server',
      text: "doctrine_mongodb:\n  connections:\n    default:\n      server: '%env(resolve:MONGODB_URL)%'\n",
      facts: [{ target: { key: 'MONGODB_URL' }, technology: 'MongoDB', line: 4 }],
    },
  ])('$name', async ({ text, facts }) => {
    expect(summary(await read('config/packages/doctrine.yaml', text))).toEqual(facts);
  });
});
