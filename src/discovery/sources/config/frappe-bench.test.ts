import { describe, expect, it } from 'vitest';
import { evidenceFor } from '../../source.js';
import { benchServiceFacts, benchSetConfigs, commonSiteConfigFacts, filledValue, frappeProcess, type BenchService } from './frappe-bench.js';
import { splitCommandLine } from './command-line.js';

const evidence = { file: 'compose.yaml', line: 1, excerpt: '' };

describe('frappeProcess', () => {
  it.each([
    ['/home/frappe/frappe-bench/env/bin/gunicorn --chdir=sites --bind=0.0.0.0:8000 frappe.app:application', 'web'],
    ['bench serve --port 8000', 'web'],
    ['bench worker --queue short,default', 'worker'],
    ['bench worker-pool --queue long', 'worker'],
    ['bench schedule', 'scheduler'],
    ['node /home/frappe/frappe-bench/apps/frappe/socketio.js', 'socketio'],
    ['bash -c "wait-for-it -t 120 db:3306; bench new-site --install-app erpnext site.localhost"', 'site'],
    ['bench --site site.localhost migrate', 'site'],
    ['bash -c "bench set-config -g db_host $$DB_HOST; bench set-config -g redis_cache redis://$$REDIS_CACHE"', 'config'],
    ['bash -c "bench set-config -g db_host db && bench worker --queue long"', 'worker'],
    ['sleep infinity', undefined],
    ['python manage.py rqworker', undefined],
  ])('%s → %s', (command, process) => {
    expect(frappeProcess(splitCommandLine(command))).toBe(process);
  });
});

describe('benchSetConfigs and filledValue', () => {
  it('reads each set-config of a script, options left out', () => {
    const words = ['bash', '-c', 'ls -1 apps > sites/apps.txt;\nbench set-config -g db_host $$DB_HOST;\nbench set-config -gp db_port $$DB_PORT;\nbench set-config -g redis_cache "redis://$$REDIS_CACHE";'];
    expect(benchSetConfigs(words)).toEqual([
      { key: 'db_host', value: '$$DB_HOST' },
      { key: 'db_port', value: '$$DB_PORT' },
      { key: 'redis_cache', value: 'redis://$$REDIS_CACHE' },
    ]);
  });
  it.each([
    ['$$DB_HOST', 'db'],
    ['redis://$$REDIS_CACHE', 'redis://redis-cache:6379'],
    ['redis://${REDIS_CACHE}', 'redis://redis-cache:6379'],
    ['$$UNSET', undefined],
    ['db', 'db'],
  ])('%s → %s', (value, filled) => {
    expect(filledValue(value, new Map([['DB_HOST', 'db'], ['REDIS_CACHE', 'redis-cache:6379']]))).toBe(filled);
  });
});

describe('benchServiceFacts', () => {
  const service = (name: string, command: string, environment: Record<string, string> = {}): BenchService => ({
    name,
    image: 'acme/bench',
    words: command === '' ? [] : splitCommandLine(command),
    environment: new Map(Object.entries(environment)),
    evidence,
  });
  const configurator = service('configurator', 'bash -c "bench set-config -g db_host $$DB_HOST; bench set-config -g redis_queue redis://$$REDIS_QUEUE"', { DB_HOST: 'db', REDIS_QUEUE: 'redis-queue:6379' });

  it('gives each process its connections, and every bench service the set-config addresses', () => {
    const facts = benchServiceFacts([configurator, service('backend', ''), service('queue', 'bench worker --queue long'), service('db', '', {})].map((item) => (item.name === 'db' ? { ...item, image: 'mariadb' } : item)));
    const connections = facts.flatMap((fact) => (fact.type === 'connection' ? [`${fact.component} ${fact.role} ${fact.target.key} ${fact.mechanism}`] : []));
    expect(connections).toEqual([
      'backend uses frappe:db_host database',
      'backend uses frappe:redis_cache database',
      'backend produces frappe:redis_queue messaging',
      'backend produces frappe:redis_socketio messaging',
      'queue uses frappe:db_host database',
      'queue uses frappe:redis_cache database',
      'queue consumes frappe:redis_queue messaging',
    ]);
    const bound = facts.flatMap((fact) => (fact.type === 'binding' && fact.component === 'queue' ? [`${fact.key}=${fact.value}`] : []));
    expect(bound).toEqual(['frappe:process=worker', 'frappe:db_host=db', 'frappe:redis_queue=redis://redis-queue:6379']);
    expect(facts.some((fact) => (fact.type === 'binding' || fact.type === 'connection') && fact.component === 'db')).toBe(false);
    expect(facts.filter((fact) => fact.type === 'connection' && fact.component === 'configurator')).toEqual([]);
  });

  it('reads nothing where no service starts a bench process', () => {
    expect(benchServiceFacts([configurator, service('web', '')])).toEqual([]);
    expect(benchServiceFacts([service('app', 'gunicorn shop.wsgi:application')])).toEqual([]);
  });
});

describe('commonSiteConfigFacts', () => {
  it('binds the addresses for the bench folder, the database with its port', () => {
    const file = { path: 'bench/sites/common_site_config.json', text: '{\n "db_host": "db",\n "db_port": 3306,\n "redis_cache": "redis://redis-cache:6379",\n "socketio_port": 9000\n}\n' };
    const facts = commonSiteConfigFacts(file, { evidenceAt: evidenceFor(file) } as never);
    expect(facts.map((fact) => (fact.type === 'binding' ? `${fact.scope} ${fact.key}=${fact.value}@${fact.evidence.line}` : ''))).toEqual(['bench frappe:db_host=db:3306@2', 'bench frappe:redis_cache=redis://redis-cache:6379@4']);
  });
  it('reads nothing of a file that is no JSON object', () => {
    const file = { path: 'sites/common_site_config.json', text: '[1,' };
    expect(commonSiteConfigFacts(file, { evidenceAt: evidenceFor(file) } as never)).toEqual([]);
  });
});
