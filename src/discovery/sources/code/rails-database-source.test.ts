import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { bindingsOf, code, readSnippet, store, summarise, type FactSummary } from './code-test-support.js';
import { railsDatabaseSource, withoutErb } from './rails-database-source.js';

const cases: { name: string; path: string; text: string; facts: FactSummary[]; bindings?: Record<string, string> }[] = [
  {
    name: 'the Rails default: production merges the default, host from ENV.fetch with a block default',
    path: 'orders/config/database.yml',
    text: code`
      default: &default
        adapter: postgresql
        encoding: unicode
        pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>
        host: <%= ENV.fetch('DB_HOST') { 'orders-db' } %>
        username: orders
        password: <%= ENV['DB_PASSWORD'] %>

      development:
        <<: *default
        database: orders_development

      test:
        <<: *default
        host: localhost
        database: orders_test

      production:
        <<: *default
        database: orders_production`,
    facts: [store('database', 'PostgreSQL', { key: 'DB_HOST' }, 5)],
    bindings: { DB_HOST: 'orders-db' },
  },
  {
    name: 'a production url from DATABASE_URL; development on localhost adds nothing',
    path: 'config/database.yml',
    text: code`
      development:
        adapter: mysql2
        host: 127.0.0.1
      production:
        adapter: mysql2
        url: <%= ENV['DATABASE_URL'] %>`,
    facts: [store('database', 'MySQL', { key: 'DATABASE_URL' }, 6)],
  },
  {
    name: 'a literal URL with its password masked, an interpolated host, multiple databases, sqlite skipped',
    path: 'config/database.yml',
    text: code`
      production:
        primary:
          adapter: postgresql
          url: postgres://app:CanaryS3cret-9001@primary-db:5432/app
        analytics:
          adapter: postgresql
          url: "postgres://reporter@<%= ENV.fetch('ANALYTICS_HOST', 'warehouse') %>:5432/stats"
        cache:
          adapter: sqlite3
          database: storage/cache.sqlite3`,
    facts: [store('database', 'PostgreSQL', { host: 'primary-db', port: 5432, url: 'postgres://app:***@primary-db:5432/app' }, 4), store('database', 'PostgreSQL', { key: 'ANALYTICS_HOST' }, 7)],
    bindings: { ANALYTICS_HOST: 'warehouse' },
  },
  {
    name: 'Mongoid clients: a hosts list and a uri from an env var',
    path: 'config/mongoid.yml',
    text: code`
      production:
        clients:
          default:
            database: catalog
            hosts:
              - catalog-mongo:27017
          events:
            uri: <%= ENV['EVENTS_MONGODB_URI'] %>`,
    facts: [store('database', 'MongoDB', { host: 'catalog-mongo', port: 27017 }, 6), store('database', 'MongoDB', { key: 'EVENTS_MONGODB_URI' }, 8)],
  },
];

describe('Rails database.yml source', () => {
  it.each(cases)('$name', async ({ path, text, facts, bindings }) => {
    const read = await readSnippet(railsDatabaseSource, path, text);
    expect(summarise(read)).toEqual(facts);
    expect(bindingsOf(read)).toEqual(bindings ?? {});
    expect(JSON.stringify(read)).not.toContain('CanaryS3cret');
  });

  it('reads database.yml and mongoid.yml only', () => {
    expect(['config/database.yml', 'database.yaml', 'config/mongoid.yml', 'config/cable.yml', 'db/schema.rb'].map((path) => railsDatabaseSource.accepts(path))).toEqual([true, true, true, false, false]);
  });

  it('replaces output tags by placeholders and blanks the others, keeping lines', () => {
    const { yaml, expressions } = withoutErb("a: <%= ENV['A'] %>\n<% if true %>\nb: <%- x -%>\n<%# a\ncomment %>\nc: 1\n");
    expect(expressions).toEqual(["ENV['A']"]);
    expect(yaml.split('\n')).toHaveLength(7);
    expect(yaml).toContain('a: __erb0__');
    expect(parseAllDocuments(yaml).every((document) => document.errors.length === 0)).toBe(true);
  });

  it('gives nothing for a file that does not parse', async () => {
    expect(await readSnippet(railsDatabaseSource, 'config/database.yml', 'production: [\n  host: <%= 1 %>\n')).toEqual([]);
  });
});
