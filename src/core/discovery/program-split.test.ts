import { describe, expect, it } from 'vitest';
import type { BindingFact, ComponentFact, ConnectionFact, Fact } from './facts.js';
import { CELERY_MONITOR_PROCESS, CELERY_PROCESS_KEY } from './shared-codebase.js';
import { PROGRAM_KEY, isHelperCommand, isProxyCommand, listenAddresses, loopbackRouteKey, programComponent, withProgramSplits, type ProgramDescription } from './program-split.js';

const evidence = (file: string, line = 1): { file: string; line: number; excerpt: string } => ({ file, line, excerpt: '' });

describe('listenAddresses', () => {
  it.each([
    ['--port=9800', ['python', '-m', 'app.push', '--port=9800'], {}, ['9800']],
    ['--bind host:port', ['gunicorn', 'app:app', '--bind', '127.0.0.1:8000'], {}, ['8000']],
    ['uwsgi --socket', ['uwsgi', '--socket', '127.0.0.1:9900', '--module', 'app.wsgi'], {}, ['9900']],
    ['-p', ['node', 'server.js', '-p', '3000'], {}, ['3000']],
    ['unix socket', ['gunicorn', 'app:app', '--bind', 'unix:/run/app.sock'], {}, ['unix:/run/app.sock']],
    ['PORT= before the program', ['PORT=4000', 'node', 'server.js'], {}, ['4000']],
    ['supervisord environment', ['node', 'server.js'], { PORT: '5000' }, ['5000']],
    ['nothing said', ['nginx', '-g', 'daemon off;'], {}, []],
  ])('%s', (_name, words, environment, expected) => {
    expect(listenAddresses(words, environment)).toEqual(expected);
  });
});

describe('program kinds', () => {
  it.each([
    [['cron', '-f'], true, false],
    [['/usr/sbin/logrotate', '/etc/logrotate.conf'], true, false],
    [['node_exporter'], true, false],
    [['nginx', '-g', 'daemon off;'], false, true],
    [['caddy', 'run', '--config', '/etc/caddy/Caddyfile'], false, true],
    [['gunicorn', 'app:app'], false, false],
  ])('%j', (words, helper, proxy) => {
    expect(isHelperCommand(words)).toBe(helper);
    expect(isProxyCommand(words)).toBe(proxy);
  });
});

const GROUP = 'supervisord:shop.conf';
const program = (name: string, description: Partial<ProgramDescription>, line: number): BindingFact => ({
  type: 'binding',
  component: programComponent(GROUP, name),
  key: PROGRAM_KEY,
  value: JSON.stringify({ group: GROUP, name, command: name, listens: [], ...description }),
  evidence: evidence('shop/docker/shop.conf', line),
});
const compose: ComponentFact = { type: 'component', name: 'shop', kind: 'application', root: 'shop', composeService: true, ports: [80], confidence: 0.95, evidence: evidence('docker-compose.yml', 3) };
const selector: BindingFact = { type: 'binding', scope: 'shop', key: CELERY_PROCESS_KEY, value: '$process:supervisord:*', evidence: evidence('shop/Dockerfile', 9) };
const route = (address: string, line: number): ConnectionFact => ({ type: 'connection', target: { key: loopbackRouteKey(address) }, role: 'calls', mechanism: 'rest', confidence: 0.9, evidence: evidence('shop/docker/nginx.conf', line) });
const workerProcess: BindingFact = { type: 'binding', component: programComponent(GROUP, 'worker'), key: CELERY_PROCESS_KEY, value: 'worker', evidence: evidence('shop/docker/shop.conf', 12) };
const environment: BindingFact = { type: 'binding', component: 'shop', key: 'DATABASE_URL', value: 'postgres://db/shop', evidence: evidence('docker-compose.yml', 6) };
const dependsOn: ConnectionFact = { type: 'connection', component: 'shop', target: { component: 'db' }, role: 'depends', mechanism: 'other', confidence: 0.9, evidence: evidence('docker-compose.yml', 8) };

const names = (facts: readonly Fact[]): string[] => facts.flatMap((fact) => (fact.type === 'component' ? [fact.name] : [])).sort();

describe('withProgramSplits', () => {
  const base = [compose, selector, environment, dependsOn, workerProcess, route('9800', 3), route('9900', 7), route('9700', 11)];
  const split = withProgramSplits([
    ...base,
    program('nginx', { proxy: true }, 1),
    program('tornado', { listens: ['9800'] }, 4),
    program('uwsgi', { listens: ['9900'] }, 8),
    program('worker', {}, 12),
    program('cron', { helper: true }, 16),
    program('migrate', { oneShot: true }, 20),
  ]);

  it.each([
    ['one system per real program, a generic name after the deployable', () => names(split), ['nginx', 'shop-worker', 'tornado', 'uwsgi']],
    ['the container name is the listener (the proxy)', () => split.flatMap((fact) => (fact.type === 'component' && fact.aliases?.includes('shop') ? [fact.name] : [])), ['nginx']],
    ['the proxy runs none of the code', () => split.flatMap((fact) => (fact.type === 'component' && fact.runsNoCode ? [fact.name] : [])), ['nginx']],
    [
      'loopback routes to a sibling are the proxy calling it; others are dropped',
      () => split.flatMap((fact) => (fact.type === 'connection' && fact.role === 'calls' ? [`${fact.component} -> ${fact.target.component}`] : [])).sort(),
      ['nginx -> tornado', 'nginx -> uwsgi'],
    ],
    ['the deployable settings are each program', () => split.flatMap((fact) => (fact.type === 'binding' && fact.key === 'DATABASE_URL' ? [fact.component] : [])).sort(), ['nginx', 'shop-worker', 'tornado', 'uwsgi']],
    ['depends_on is no program', () => split.filter((fact) => fact.type === 'connection' && fact.role === 'depends').length, 0],
    [
      'each program its own processes',
      () => split.flatMap((fact) => (fact.type === 'binding' && fact.key === CELERY_PROCESS_KEY ? [`${fact.component ?? fact.scope}=${fact.value}`] : [])).sort(),
      [`nginx=${CELERY_MONITOR_PROCESS}`, 'shop-worker=worker', 'shop=$process:supervisord:*', 'tornado=', 'uwsgi='],
    ],
    ['no placeholder is left', () => split.filter((fact) => JSON.stringify(fact).includes('$program:')).length, 0],
  ])('%s', (_name, actual, expected) => {
    expect(actual()).toEqual(expected);
  });

  it.each([
    ['one real program beside helpers and one-shots', [program('web', { listens: ['8000'] }, 1), program('cron', { helper: true }, 5), program('migrate', { oneShot: true }, 9)]],
    ['no program described', []],
  ])('keeps the deployable whole: %s', (_name, programs) => {
    const kept = withProgramSplits([...base, ...programs]);
    expect(names(kept)).toEqual(['shop']);
    expect(kept.filter((fact) => JSON.stringify(fact).includes('$program:') || JSON.stringify(fact).includes('$loopback:'))).toEqual([]);
  });
});
