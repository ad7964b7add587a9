import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { sectionedDefaultsSource, sectionedEntries } from './sectioned-defaults.js';

async function read(path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return sectionedDefaultsSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

describe('sectioned defaults source', () => {
  it.each([
    ['acme/config_templates/default_config.cfg', true],
    ['config.ini', true],
    ['deploy/product.cfg', true],
    // Loaded by test runs or on a developer's machine only.
    ['acme/config_templates/unit_tests.cfg', false],
    ['acme/config/test.ini', false],
    ['tests/config/acme.cfg', false],
    ['config/dev.ini', false],
    ['config/local.cfg', false],
    ['config.example.ini', false],
    // Python tooling's own configuration.
    ['setup.cfg', false],
    ['tox.ini', false],
    ['pytest.ini', false],
    ['alembic.ini', false],
    ['acme/settings.py', false],
  ])('accepts %s: %s', (path, accepted) => {
    expect(sectionedDefaultsSource.accepts(path)).toBe(accepted);
  });

  it('reads sections, both separators, comments and continuation lines as configparser does', () => {
    const entries = sectionedEntries('# top\nstray = 1\n[celery]\nbroker_url = redis://redis:6379/0\n; a comment\nworker_concurrency: 16\nimports = a\n  b\n');
    expect(entries.map(({ section, key, value, line }) => [section, key, value, line])).toEqual([
      ['celery', 'broker_url', 'redis://redis:6379/0', 4],
      ['celery', 'worker_concurrency', '16', 6],
      ['celery', 'imports', 'a\nb', 7],
    ]);
  });

  it('binds each entry as ini:<section>.<key> for the whole scan, masking secrets and leaving interpolation out', async () => {
    const facts = await read(
      'acme/config_templates/default_config.cfg',
      '[Database]\nsql_alchemy_conn = postgresql://acme:CANARY-SECRET-ini@postgres/acme\n[core]\ndags_folder = {ACME_HOME}/dags\nplugins = %(home)s/plugins\n[smtp]\nsmtp_password = CANARY-SECRET-ini\nsmtp_host = localhost\n',
    );
    expect(facts.map((fact) => (fact.type === 'binding' ? [fact.key, fact.value, fact.component ?? fact.scope ?? ''] : []))).toEqual([
      ['ini:database.sql_alchemy_conn', 'postgresql://acme:***@postgres/acme', ''],
      ['ini:smtp.smtp_password', '***', ''],
      ['ini:smtp.smtp_host', 'localhost', ''],
    ]);
    expect(JSON.stringify(facts)).not.toContain('CANARY-SECRET-ini');
  });
});
