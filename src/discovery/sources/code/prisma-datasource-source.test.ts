import { describe, expect, it } from 'vitest';
import { code, readSnippet, summarise, type FactSummary } from './code-test-support.js';
import { prismaDatasourceSource } from './prisma-datasource-source.js';

const database = (technology: string, target: object, line: number, confidence = 0.9): FactSummary => ({ role: 'uses', mechanism: 'database', technology, target, targetKind: 'database', line, confidence });

const cases: { name: string; text: string; facts: FactSummary[] }[] = [
  {
    name: 'a datasource on an env var',
    text: code`
      generator client {
        provider = "prisma-client-js"
      }

      datasource db {
        provider = "postgresql" // the main store
        url      = env("DATABASE_URL")
      }`,
    facts: [database('PostgreSQL', { key: 'DATABASE_URL' }, 7)],
  },
  {
    name: 'a literal URL, masked',
    text: code`
      datasource db {
        url      = "mysql://root:CanaryS3cret-7781@mysql:3306/shop"
        provider = "mysql"
      }`,
    facts: [database('MySQL', { host: 'mysql', port: 3306, url: 'mysql://root:***@mysql:3306/shop' }, 2)],
  },
  {
    name: 'SQLite is a local file, not an integration',
    text: 'datasource db {\n  provider = "sqlite"\n  url = "file:./dev.db"\n}\n',
    facts: [],
  },
  {
    name: 'MongoDB through an env var, unknown URL form inferred',
    text: 'datasource db {\n  provider = "mongodb"\n  url = env("MONGO_URL")\n}\ndatasource other {\n  provider = "cockroachdb"\n  url = someFunction()\n}\n',
    facts: [database('MongoDB', { key: 'MONGO_URL' }, 3), database('CockroachDB', {}, 7, 0.6)],
  },
];

describe('Prisma datasource source', () => {
  it.each(cases)('$name', async ({ text, facts }) => {
    const read = await readSnippet(prismaDatasourceSource, 'prisma/schema.prisma', text);
    expect(summarise(read)).toEqual(facts);
    expect(JSON.stringify(read)).not.toContain('CanaryS3cret-7781');
  });

  it('accepts Prisma schemas only', () => {
    expect(prismaDatasourceSource.accepts('prisma/schema.prisma')).toBe(true);
    expect(prismaDatasourceSource.accepts('src/db.ts')).toBe(false);
  });
});
