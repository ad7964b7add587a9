import { describe, expect, it } from 'vitest';
import { DOTTED_LOADER_KEY, VARIANT_CONSTANT_KEY, pythonModuleNames, withDottedBackends } from './dotted-backends.js';
import type { BindingFact, CodeNamesFact, Fact } from './facts.js';

const at = (file: string, line = 1) => ({ file, line, excerpt: '' });
const binding = (file: string, key: string, value: string, more: Partial<BindingFact> = {}): BindingFact => ({ type: 'binding', scope: file.split('/').slice(0, -1).join('/'), key, value, evidence: at(file), ...more });
const classIn = (file: string, name: string): CodeNamesFact => ({ type: 'code-names', declarations: [{ name, kind: 'type', references: [], line: 3, endLine: 12 }], uses: {}, evidence: at(file) });
const LOADER_FILE = 'back/app/events/backends/__init__.py';
const loader: Fact[] = [
  binding(LOADER_FILE, `${DOTTED_LOADER_KEY}EVENTS_BACKEND`, 'EVENTS_BACKEND_OPTIONS', { evidence: at(LOADER_FILE, 7) }),
  { type: 'code-names', declarations: [{ name: 'get_backend', kind: 'function', references: ['import_string'], line: 5, endLine: 8 }], uses: {}, evidence: at(LOADER_FILE) },
];
const classes: Fact[] = [classIn('back/app/events/backends/rabbitmq.py', 'EventsBackend'), classIn('back/app/events/backends/pg_notify.py', 'EventsBackend')];
const common: Fact[] = [binding('back/app/settings/common.py', 'code:const:EVENTS_BACKEND', 'app.events.backends.pg_notify.EventsBackend'), binding('back/app/settings/common.py', 'code:EVENTS_BACKEND_OPTIONS[dsn]', 'postgresql://events-pg/events')];
const config: Fact[] = [binding('back/app/settings/config.py', 'code:const:EVENTS_BACKEND', 'app.events.backends.rabbitmq.EventsBackend'), binding('back/app/settings/config.py', 'code:EVENTS_BACKEND_OPTIONS[url]', 'amqp://events-mq:5672/')];

/** What the loader reaches and the options bound, as short strings. */
function summary(facts: readonly Fact[]): { reaches: string[]; bound: string[] } {
  const loaderNames = facts.find((fact): fact is CodeNamesFact => fact.type === 'code-names' && fact.evidence.file === LOADER_FILE);
  const reaches = (loaderNames?.declarations[0]?.references ?? []).filter((name) => name.includes('.'));
  const bound = facts.filter((fact): fact is BindingFact => fact.type === 'binding' && fact.key.startsWith('code:init:')).map((fact) => `${fact.key}=${fact.value}`);
  return { reaches, bound };
}

describe('withDottedBackends', () => {
  it.each<[string, Fact[], { reaches: string[]; bound: string[] }]>([
    [
      'the module DJANGO_SETTINGS_MODULE names overrides the common default: its class is reached and given its options',
      [...loader, ...classes, ...common, ...config, binding('docker-compose.yml', 'DJANGO_SETTINGS_MODULE', 'app.settings.config', { scope: undefined, component: 'web' })],
      { reaches: ['app.events.backends.rabbitmq.EventsBackend'], bound: ['code:init:EventsBackend#url=amqp://events-mq:5672/'] },
    ],
    [
      'the code’s own default module counts only where no deployment names one',
      [...loader, ...classes, ...common, ...config, binding('back/manage.py', 'DJANGO_SETTINGS_MODULE', 'app.settings.common', { fallback: true }), binding('docker-compose.yml', 'DJANGO_SETTINGS_MODULE', 'app.settings.config', { scope: undefined, component: 'web' })],
      { reaches: ['app.events.backends.rabbitmq.EventsBackend'], bound: ['code:init:EventsBackend#url=amqp://events-mq:5672/'] },
    ],
    [
      'with no module named, every module’s class is kept, each with its own options',
      [...loader, ...classes, ...common, ...config],
      { reaches: ['app.events.backends.pg_notify.EventsBackend', 'app.events.backends.rabbitmq.EventsBackend'], bound: ['code:init:EventsBackend#dsn=postgresql://events-pg/events', 'code:init:EventsBackend#url=amqp://events-mq:5672/'] },
    ],
    [
      'a path to a class the scan does not hold (a library’s) reaches nothing',
      [...loader, binding('back/app/settings/common.py', 'code:const:EVENTS_BACKEND', 'thirdparty.backends.Backend')],
      { reaches: [], bound: [] },
    ],
    [
      'a variant settings module (production.py star-importing base) chooses only where it is named',
      [
        ...loader,
        ...classes,
        ...common,
        binding('back/app/settings/production.py', `${VARIANT_CONSTANT_KEY}code:const:EVENTS_BACKEND`, 'app.events.backends.rabbitmq.EventsBackend'),
        binding('back/app/settings/production.py', `${VARIANT_CONSTANT_KEY}code:EVENTS_BACKEND_OPTIONS[url]`, 'amqp://events-mq:5672/'),
        binding('docker-compose.yml', 'DJANGO_SETTINGS_MODULE', 'app.settings.production', { scope: undefined, component: 'web' }),
      ],
      { reaches: ['app.events.backends.rabbitmq.EventsBackend'], bound: ['code:init:EventsBackend#url=amqp://events-mq:5672/'] },
    ],
    [
      'a variant nothing names is not loaded: the common default stands',
      [...loader, ...classes, ...common, binding('back/app/settings/production.py', `${VARIANT_CONSTANT_KEY}code:const:EVENTS_BACKEND`, 'app.events.backends.rabbitmq.EventsBackend')],
      { reaches: ['app.events.backends.pg_notify.EventsBackend'], bound: ['code:init:EventsBackend#dsn=postgresql://events-pg/events'] },
    ],
    ['a setting holding no class path (a plain word) is not a backend', [...loader, ...classes, binding('back/app/settings/common.py', 'code:const:EVENTS_BACKEND', 'rabbitmq')], { reaches: [], bound: [] }],
  ])('%s', (_name, facts, expected) => {
    expect(summary(withDottedBackends(facts))).toEqual(expected);
  });

  it('drops the connections of a class the deployed settings override, unless other code names it', () => {
    const inClass = (file: string): Fact => ({ type: 'connection', target: { key: 'code:init:EventsBackend#0' }, role: 'uses', mechanism: 'database', technology: 'PostgreSQL', evidence: at(file, 5), confidence: 0.6 });
    const deployed = binding('docker-compose.yml', 'DJANGO_SETTINGS_MODULE', 'app.settings.config', { scope: undefined, component: 'web' });
    const kept = (facts: Fact[]): string[] => withDottedBackends(facts).flatMap((fact) => (fact.type === 'connection' ? [fact.evidence.file] : []));
    const base = [...loader, ...classes, ...common, ...config, deployed, inClass('back/app/events/backends/pg_notify.py'), inClass('back/app/events/backends/rabbitmq.py')];
    expect(kept(base)).toEqual(['back/app/events/backends/rabbitmq.py']);
    const namedByAView: Fact = { type: 'code-names', declarations: [{ name: 'index', kind: 'function', references: ['EventsBackend'], line: 1, endLine: 4 }], uses: {}, evidence: at('back/app/views.py') };
    expect(kept([...base, namedByAView])).toEqual(['back/app/events/backends/pg_notify.py', 'back/app/events/backends/rabbitmq.py']);
  });

  it('leaves facts alone when no loader was read', () => {
    const facts = [...classes, ...config];
    expect(withDottedBackends(facts)).toEqual(facts);
  });
});

describe('pythonModuleNames', () => {
  it.each([
    ['back/app/settings/config.py', ['back.app.settings.config', 'app.settings.config', 'settings.config', 'config']],
    ['back/app/events/__init__.py', ['back.app.events', 'app.events', 'events']],
  ])('%s', (file, expected) => {
    expect(pythonModuleNames(file)).toEqual(expected);
  });
});
