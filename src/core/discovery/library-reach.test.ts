import { describe, expect, it } from 'vitest';
import { calledMethod, type CodeDeclaration, type CodeNamesFact, type ConnectionFact, type Evidence, type FactCondition } from './facts.js';
import { connectionsByCaller, languageOf, libraryUses } from './library-reach.js';

const at = (file: string, line = 1): Evidence => ({ file, line, excerpt: '' });
const declare = (name: string, line: number, endLine: number, more: Partial<CodeDeclaration> = {}): CodeDeclaration => ({ name, kind: 'function', references: [], line, endLine, ...more });
const names = (file: string, declarations: CodeDeclaration[], uses: Record<string, number> = {}): CodeNamesFact => ({ type: 'code-names', declarations, uses, evidence: at(file) });
const made = (file: string, line: number, role: ConnectionFact['role']): ConnectionFact => ({ type: 'connection', target: {}, role, mechanism: 'messaging', technology: 'RabbitMQ', evidence: at(file, line), confidence: 0.9 });

// The shape of a .NET messaging library: interfaces, two classes, extension methods registering them.
const LIBRARY = [
  names('lib/IMessages.cs', [declare('IMessagePublisher', 1, 3, { kind: 'type' }), declare('IMessageHandler', 4, 6, { kind: 'type' })]),
  names('lib/Publisher.cs', [
    declare('RabbitMQMessagePublisher', 1, 20, { kind: 'type', bases: ['IMessagePublisher'] }),
    declare('RabbitMQMessagePublisher', 3, 6, { parent: 'RabbitMQMessagePublisher', initialiser: true, references: ['ConnectionFactory'] }),
    declare('Publish', 8, 12, { parent: 'RabbitMQMessagePublisher', references: ['BasicPublish'] }),
  ]),
  names('lib/Handler.cs', [
    declare('RabbitMQMessageHandler', 1, 30, { kind: 'type', bases: ['IMessageHandler', 'BackgroundService'] }),
    declare('Start', 3, 8, { parent: 'RabbitMQMessageHandler', references: ['StartConsuming'] }),
    declare('StartConsuming', 10, 14, { parent: 'RabbitMQMessageHandler', references: ['BasicConsume'] }),
  ]),
  names('lib/Extensions.cs', [
    declare('ServiceCollectionExtensions', 1, 20, { kind: 'type' }),
    declare('UseRabbitMQMessagePublisher', 2, 6, { parent: 'ServiceCollectionExtensions', static: true, references: ['AddTransient', 'IMessagePublisher', 'RabbitMQMessagePublisher'] }),
    declare('UseRabbitMQMessageHandler', 8, 12, { parent: 'ServiceCollectionExtensions', static: true, references: ['AddTransient', 'IMessageHandler', 'RabbitMQMessageHandler'] }),
  ]),
  names('lib/Envelope.cs', [declare('MessageEnvelope', 1, 3, { kind: 'type' })]),
];
const PUBLISH = made('lib/Publisher.cs', 10, 'produces');
const CONSUME = made('lib/Handler.cs', 12, 'consumes');

function usesOf(services: CodeNamesFact[], references = new Map<string, { library: string; evidence: Evidence }[]>()) {
  const result = libraryUses<string>({
    names: [...LIBRARY, ...services],
    connections: [PUBLISH, CONSUME],
    libraryOf: (file) => (file.startsWith('lib/') ? 'lib' : undefined),
    serviceOf: (file) => (file.startsWith('lib/') ? undefined : file.split('/')[0]),
    references,
    keyOf: (owner) => owner,
  });
  return Object.fromEntries([...result].map(([service, uses]) => [service, uses.map((use) => `${use.connection.role} ${use.named ? 'named' : 'referenced'} ${use.via.file}:${use.via.line}`)]));
}

describe('which connections of a shared library each service makes', () => {
  it.each<{ case: string; uses: Record<string, number>; expected: string[] | undefined }>([
    { case: 'an extension method registering the handler: a consumer only', uses: { UseRabbitMQMessageHandler: 3 }, expected: ['consumes named svc/Program.cs:3'] },
    { case: 'an extension method registering the publisher: a producer only', uses: { UseRabbitMQMessagePublisher: 3 }, expected: ['produces named svc/Program.cs:3'] },
    { case: 'an injected interface reaches the class implementing it', uses: { IMessagePublisher: 5 }, expected: ['produces named svc/Program.cs:5'] },
    { case: 'a class named, with the method called: that method only', uses: { RabbitMQMessageHandler: 2, Start: 4 }, expected: ['consumes named svc/Program.cs:2'] },
    { case: 'a class named, none of its methods called: all of them', uses: { RabbitMQMessagePublisher: 2 }, expected: ['produces named svc/Program.cs:2'] },
    { case: 'both extension methods: both directions', uses: { UseRabbitMQMessageHandler: 3, UseRabbitMQMessagePublisher: 4 }, expected: ['consumes named svc/Program.cs:3', 'produces named svc/Program.cs:4'] },
    { case: 'a framework base the library class extends is no entry point', uses: { BackgroundService: 2 }, expected: undefined },
    { case: 'a library record with no connection: nothing', uses: { MessageEnvelope: 2 }, expected: undefined },
  ])('$case', ({ uses, expected }) => {
    expect(usesOf([names('svc/Program.cs', [], uses)]).svc).toEqual(expected);
  });

  it('a name the service declares itself is its own, not the library\'s', () => {
    expect(usesOf([names('svc/Program.cs', [declare('Start', 1, 2)], { Start: 1 }), names('svc/Other.cs', [], { RabbitMQMessageHandler: 3 })]).svc).toEqual(['consumes named svc/Other.cs:3']);
  });

  it('a project reference with no entry point named makes all the library\'s connections, on the reference\'s evidence', () => {
    const references = new Map([['audit', [{ library: 'lib', evidence: at('audit/Audit.csproj', 9) }]]]);
    expect(usesOf([names('audit/Program.cs', [], { AddHostedService: 2 })], references).audit).toEqual(['consumes referenced audit/Audit.csproj:9', 'produces referenced audit/Audit.csproj:9']);
  });

  it('a project reference adds nothing when the service names the library\'s entry points', () => {
    const references = new Map([['svc', [{ library: 'lib', evidence: at('svc/Svc.csproj', 9) }]]]);
    expect(usesOf([names('svc/Program.cs', [], { MessageEnvelope: 2 })], references).svc).toBeUndefined();
    expect(usesOf([names('svc/Program.cs', [], { UseRabbitMQMessageHandler: 2 })], references).svc).toEqual(['consumes named svc/Program.cs:2']);
  });

  it('code at the top of a library file is made when anything of the file is reached', () => {
    const result = libraryUses<string>({
      names: [names('lib/bus.py', [declare('publish', 5, 8, { static: true })]), names('svc/app.py', [], { publish: 3 })],
      connections: [made('lib/bus.py', 2, 'produces')],
      libraryOf: (file) => (file.startsWith('lib/') ? 'lib' : undefined),
      serviceOf: (file) => (file.startsWith('svc/') ? 'svc' : undefined),
      references: new Map(),
      keyOf: (owner) => owner,
    });
    expect(result.get('svc')?.map((use) => use.connection.evidence.line)).toEqual([2]);
  });

  it('an exported instance of a library class: the service\'s calls on it decide which methods run', () => {
    const library = names('lib/api.ts', [
      declare('NetworkApi', 1, 20, { kind: 'type' }),
      declare('registerService', 2, 6, { parent: 'NetworkApi', references: ['createService'] }),
      declare('broadcast', 8, 10, { parent: 'NetworkApi', references: ['broadcast'] }),
      declare('api', 22, 22, { static: true, instance: true, references: ['NetworkApi'] }),
    ]);
    const rolesOf = (uses: Record<string, number>): string[] | undefined =>
      libraryUses<string>({
        names: [library, names('svc/index.ts', [], uses)],
        connections: [made('lib/api.ts', 4, 'consumes'), made('lib/api.ts', 9, 'produces')],
        libraryOf: (file) => (file.startsWith('lib/') ? 'lib' : undefined),
        serviceOf: (file) => (file.startsWith('svc/') ? 'svc' : undefined),
        references: new Map(),
        keyOf: (owner) => owner,
      })
        .get('svc')
        ?.map((use) => use.connection.role);
    expect(rolesOf({ api: 1, registerService: 2 })).toEqual(['consumes']);
    expect(rolesOf({ api: 1, broadcast: 3 })).toEqual(['produces']);
    expect(rolesOf({ api: 1 })).toEqual(['consumes', 'produces']);
  });

  it('a service whose project says which libraries it builds in reaches no other library\'s entry points', () => {
    const input = (builtIn: ReadonlySet<string> | undefined) =>
      libraryUses<string>({
        names: [names('db/Db.cs', [declare('connect', 1, 4, { static: true })]), names('bus/Bus.cs', [declare('Publisher', 1, 9, { kind: 'type' })]), names('svc/Program.cs', [], { connect: 2, Publisher: 3 })],
        connections: [{ ...made('db/Db.cs', 2, 'uses'), mechanism: 'database' }, made('bus/Bus.cs', 5, 'produces')],
        libraryOf: (file) => (file.startsWith('svc/') ? undefined : file.split('/')[0]),
        serviceOf: (file) => (file.startsWith('svc/') ? 'svc' : undefined),
        references: new Map(),
        ...(builtIn ? { builtIn: () => builtIn } : {}),
        keyOf: (owner) => owner,
      }).get('svc')?.map((use) => use.connection.role);
    expect(input(undefined)).toEqual(['produces', 'uses']);
    expect(input(new Set(['bus']))).toEqual(['produces']);
  });
});

describe('subclasses of a library base class', () => {
  // `NotificationsPushEngine` and `EventsApiClient` both derive from `BaseClientService`; each makes
  // its own connection in its constructor (the base class's, given that subclass's address).
  const library = [
    names('lib/BaseClientService.cs', [declare('BaseClientService', 1, 30, { kind: 'type', references: ['HttpClient'] }), declare('SendAsync', 10, 14, { parent: 'BaseClientService', references: ['SendAsync'] })]),
    names('lib/NotificationsPushEngine.cs', [
      declare('NotificationsPushEngine', 1, 20, { kind: 'type', bases: ['BaseClientService', 'IPushEngine'], references: ['BaseClientService', 'IPushEngine'] }),
      declare('NotificationsPushEngine', 3, 6, { parent: 'NotificationsPushEngine', initialiser: true, references: ['InternalNotifications'] }),
    ]),
    names('lib/EventsApiClient.cs', [
      declare('EventsApiClient', 1, 20, { kind: 'type', bases: ['BaseClientService'], references: ['BaseClientService'] }),
      declare('EventsApiClient', 3, 6, { parent: 'EventsApiClient', initialiser: true, references: ['InternalEvents'] }),
    ]),
    names('lib/IPushEngine.cs', [declare('IPushEngine', 1, 3, { kind: 'type' })]),
  ];
  const connections = [made('lib/NotificationsPushEngine.cs', 4, 'calls'), made('lib/EventsApiClient.cs', 4, 'calls'), made('lib/BaseClientService.cs', 12, 'calls')];
  const reached = (uses: Record<string, number>): string[] | undefined =>
    libraryUses<string>({
      names: [...library, names('svc/Startup.cs', [], uses)],
      connections,
      libraryOf: (file) => (file.startsWith('lib/') ? 'lib' : undefined),
      serviceOf: (file) => (file.startsWith('svc/') ? 'svc' : undefined),
      references: new Map(),
      keyOf: (owner) => owner,
    })
      .get('svc')
      ?.map((use) => `${use.connection.evidence.file}:${use.connection.evidence.line}`);

  it.each<[string, Record<string, number>, string[] | undefined]>([
    ['a subclass registered reaches its base class, not its sibling through the base', { EventsApiClient: 2 }, ['lib/BaseClientService.cs:12', 'lib/EventsApiClient.cs:4']],
    ['a subclass taken by an interface it implements: the same', { IPushEngine: 2 }, ['lib/BaseClientService.cs:12', 'lib/NotificationsPushEngine.cs:4']],
    ['the base class named itself still reaches every subclass', { BaseClientService: 2 }, ['lib/BaseClientService.cs:12', 'lib/EventsApiClient.cs:4', 'lib/NotificationsPushEngine.cs:4']],
  ])('%s', (_name, uses, expected) => {
    expect(reached(uses)?.sort()).toEqual(expected);
  });
});

describe('a shared command choosing what to run by a setting', () => {
  // cmd/worker (library code of a module several services run): `switch *service` starts orders or billing.
  const SERVICE = (value: string) => [{ key: 'service', test: { equals: value } }] as FactCondition[];
  const WORKER = [
    names('cmd/worker/main.go', [
      declare('worker.main', 10, 30, { static: true, references: ['cache.New', 'worker.main#case@15', 'worker.main#case@17'] }),
      declare('worker.main#case@15', 15, 16, { conditions: SERVICE('orders'), references: ['orders.Run'] }),
      declare('worker.main#case@17', 17, 19, { conditions: SERVICE('billing'), references: ['billing.Run'] }),
    ]),
    names('lib/cache.go', [declare('cache.New', 3, 5, { static: true })]),
    names('lib/orders.go', [declare('orders.Run', 3, 9, { static: true })]),
    names('lib/billing.go', [declare('billing.Run', 3, 9, { static: true })]),
  ];
  const CONNECTIONS = [made('lib/cache.go', 4, 'uses'), made('lib/orders.go', 6, 'consumes'), made('lib/billing.go', 6, 'produces'), made('cmd/worker/main.go', 18, 'calls')];
  const settings: Record<string, Record<string, string>> = { orders: { service: 'orders' }, billing: { service: 'billing' } };
  const run = (extra: CodeNamesFact[], runs: ReadonlyMap<string, { name: string; evidence: Evidence }[]>) =>
    Object.fromEntries(
      [
        ...libraryUses<string>({
          names: [...WORKER, ...extra],
          connections: CONNECTIONS,
          libraryOf: (file) => (file.startsWith('lib/') || file.startsWith('cmd/worker/') ? 'module' : undefined),
          serviceOf: (file) => (file.startsWith('lib/') || file.startsWith('cmd/worker/') ? undefined : file.split('/')[0]),
          references: new Map(),
          keyOf: (owner) => owner,
          runs,
          mayRun: (service, _file, conditions) => conditions.every((condition) => typeof condition.test !== 'object' || !('equals' in condition.test) || settings[service]?.[condition.key] === undefined || settings[service]?.[condition.key] === condition.test.equals),
        }),
      ].map(([service, uses]) => [service, uses.map((use) => `${use.connection.role} ${use.connection.evidence.file}:${use.connection.evidence.line} via ${use.via.file}:${use.via.line}`)]),
    );

  it('each service running the command reaches the shared code and its own case only; a case no service takes is nobody\'s', () => {
    const runs = new Map(['orders', 'billing', 'spare'].map((service) => [service, [{ name: 'worker.main', evidence: at('cmd/worker/main.go', 10) }]]));
    expect(run([], runs)).toEqual({
      billing: ['calls cmd/worker/main.go:18 via cmd/worker/main.go:10', 'produces lib/billing.go:6 via cmd/worker/main.go:10', 'uses lib/cache.go:4 via cmd/worker/main.go:10'],
      orders: ['uses lib/cache.go:4 via cmd/worker/main.go:10', 'consumes lib/orders.go:6 via cmd/worker/main.go:10'],
      // Nothing known of its setting: every case may run.
      spare: ['calls cmd/worker/main.go:18 via cmd/worker/main.go:10', 'produces lib/billing.go:6 via cmd/worker/main.go:10', 'uses lib/cache.go:4 via cmd/worker/main.go:10', 'consumes lib/orders.go:6 via cmd/worker/main.go:10'],
    });
  });

  it('in a service\'s own command, the names only a case it does not take uses are not its', () => {
    const own = names(
      'orders/main.go',
      [
        declare('main.main', 3, 20, { static: true, references: ['cache.New', 'main.main#case@5', 'main.main#case@7'] }),
        declare('main.main#case@5', 5, 6, { conditions: SERVICE('orders'), references: ['orders.Run', 'cache.New'] }),
        declare('main.main#case@7', 7, 8, { conditions: SERVICE('billing'), references: ['billing.Run', 'cache.New'] }),
      ],
      { 'cache.New': 4, 'orders.Run': 5, 'billing.Run': 7 },
    );
    expect(run([own], new Map()).orders).toEqual(['uses lib/cache.go:4 via orders/main.go:4', 'consumes lib/orders.go:6 via orders/main.go:5']);
  });
});

describe('a library whose files a service loads by imports (node-processes.ts)', () => {
  // A workspace package: a db client, a queue producer and consumer, an LLM client, a seed script.
  const PACKAGE = [
    names('pkg/db.ts', [declare('db', 1, 1)]),
    names('pkg/queue.ts', [declare('enqueue', 2, 5), declare('consume', 7, 10)]),
    names('pkg/llm.ts', [declare('complete', 2, 6)]),
    names('pkg/seed.ts', [declare('main', 2, 6)]),
  ];
  const DB = { ...made('pkg/db.ts', 1, 'uses'), mechanism: 'database' as const };
  const PRODUCE = made('pkg/queue.ts', 3, 'produces');
  const CONSUME_QUEUE = made('pkg/queue.ts', 8, 'consumes');
  const LLM = { ...made('pkg/llm.ts', 4, 'calls'), mechanism: 'rest' as const };
  const SEED = made('pkg/seed.ts', 4, 'produces');

  function importUses(services: CodeNamesFact[], reach: Record<string, { files: string[]; unnamed?: string[] }>, references = new Map<string, { library: string; evidence: Evidence }[]>()) {
    const result = libraryUses<string>({
      names: [...PACKAGE, ...services],
      connections: [DB, PRODUCE, CONSUME_QUEUE, LLM, SEED],
      libraryOf: (file) => (file.startsWith('pkg/') ? 'pkg' : undefined),
      serviceOf: (file) => (file.startsWith('pkg/') ? undefined : file.split('/')[0]),
      references,
      importReach: new Map(Object.entries(reach).map(([service, { files, unnamed }]) => [service, { files: new Set(files), unnamed: new Set(unnamed ?? []), via: () => at(`${service}/index.ts`, 2) }])),
      keyOf: (owner) => owner,
    });
    return Object.fromEntries([...result].map(([service, uses]) => [service, uses.map((use) => `${use.connection.evidence.file}:${use.connection.evidence.line} ${use.named ? 'named' : 'referenced'} ${use.via.file}:${use.via.line}`)]));
  }

  it('with no names known, what the imports load is the service\'s and nothing else of the package, whatever its reference', () => {
    const references = new Map([['web', [{ library: 'pkg', evidence: at('web/package.json', 12) }]]]);
    expect(importUses([], { web: { files: ['web/index.ts', 'pkg/db.ts', 'pkg/queue.ts'], unnamed: ['pkg/db.ts', 'pkg/queue.ts'] } }, references)).toEqual({
      web: ['pkg/db.ts:1 named web/index.ts:2', 'pkg/queue.ts:3 named web/index.ts:2', 'pkg/queue.ts:8 named web/index.ts:2'],
    });
  });

  it('names the service\'s parsed code uses narrow a loaded file down to what they call', () => {
    expect(importUses([names('web/index.ts', [], { enqueue: 2 })], { web: { files: ['web/index.ts', 'pkg/queue.ts'] } })).toEqual({ web: ['pkg/queue.ts:3 named web/index.ts:2'] });
  });

  it('a file its unparsed code loads is the service\'s though its parsed code names other things of the package', () => {
    expect(importUses([names('worker/index.ts', [], { consume: 3 })], { worker: { files: ['worker/index.ts', 'worker/jobs.ts', 'pkg/queue.ts', 'pkg/llm.ts'], unnamed: ['pkg/llm.ts'] } })).toEqual({
      worker: ['pkg/queue.ts:8 named worker/index.ts:3', 'pkg/llm.ts:4 named worker/index.ts:2'],
    });
  });

  it('a name reaching a file no import loads is not followed there', () => {
    expect(importUses([names('web/index.ts', [], { complete: 4, db: 2 })], { web: { files: ['web/index.ts', 'pkg/db.ts'] } })).toEqual({ web: ['pkg/db.ts:1 named web/index.ts:2'] });
  });
});

describe('library files a service loads where no name leads (blind-loads.ts)', () => {
  // A workspace package whose index (not parsed: no client word) picks an app's class: the service
  // names `enqueue` elsewhere in the package, and loads the index, which imports the LLM module.
  const PACKAGE = [names('pkg/queue.ts', [declare('enqueue', 2, 5), declare('consume', 7, 10)]), names('pkg/llm.ts', [declare('complete', 2, 6)])];
  const PRODUCE = made('pkg/queue.ts', 3, 'produces');
  const CONSUME_QUEUE = made('pkg/queue.ts', 8, 'consumes');
  const LLM = { ...made('pkg/llm.ts', 4, 'calls'), mechanism: 'rest' as const };

  function blindUses(blind: string[] | undefined): string[] {
    const result = libraryUses<string>({
      names: [...PACKAGE, names('web/route.ts', [], { enqueue: 3, getApp: 4 })],
      connections: [PRODUCE, CONSUME_QUEUE, LLM],
      libraryOf: (file) => (file.startsWith('pkg/') ? 'pkg' : undefined),
      serviceOf: (file) => (file.startsWith('pkg/') ? undefined : file.split('/')[0]),
      references: new Map([['web', [{ library: 'pkg', evidence: at('web/package.json', 9) }]]]),
      ...(blind ? { blindLoads: new Map([['web', { files: new Set(blind), via: () => at('web/route.ts', 1) }]]) } : {}),
      keyOf: (owner) => owner,
    });
    return (result.get('web') ?? []).map((use) => `${use.connection.evidence.file}:${use.connection.evidence.line} via ${use.via.file}:${use.via.line}`);
  }

  it.each<[string, string[] | undefined, string[]]>([
    // The names reach the queue's producer only; the package reference no longer speaks for the rest.
    ['no blind loads', undefined, ['pkg/queue.ts:3 via web/route.ts:3']],
    ['the index loads the LLM module blind', ['pkg/index.ts', 'pkg/llm.ts'], ['pkg/queue.ts:3 via web/route.ts:3', 'pkg/llm.ts:4 via web/route.ts:1']],
    ['a blind load of the queue module takes all of it', ['pkg/index.ts', 'pkg/queue.ts'], ['pkg/queue.ts:3 via web/route.ts:3', 'pkg/queue.ts:8 via web/route.ts:1']],
  ])('%s', (_name, blind, expected) => {
    expect(blindUses(blind)).toEqual(expected);
  });
});

describe('a job queue the library makes and hands on, whose end is the caller\'s', () => {
  // `export function createQueue(name) { return new Bull(name, url) }`: made once, in the library.
  const QUEUE: ConnectionFact = { ...made('lib/queue.ts', 3, 'produces'), technology: 'Redis', rolesByCaller: { produces: ['add', 'addBulk'], consumes: ['process'] } };
  const rolesOf = (uses: Record<string, number>): string[] | undefined => {
    const result = libraryUses<string>({
      names: [names('lib/queue.ts', [declare('createQueue', 2, 4)]), names('svc/jobs.ts', [], uses)],
      connections: [QUEUE],
      libraryOf: (file) => (file.startsWith('lib/') ? 'lib' : undefined),
      serviceOf: (file) => (file.startsWith('lib/') ? undefined : 'svc'),
      references: new Map(),
      keyOf: (owner) => owner,
    });
    return result.get('svc')?.map((use) => use.connection.role);
  };
  it.each<[string, Record<string, number>, string[] | undefined]>([
    ['a service calling `add` on it produces', { createQueue: 1, '.add()': 2 }, ['produces']],
    ['a service calling `process` on it consumes', { createQueue: 1, '.process()': 2 }, ['consumes']],
    ['a service calling both is both ends', { createQueue: 1, '.add()': 2, '.process()': 3 }, ['produces', 'consumes']],
    ['a service calling neither keeps the role it was made with', { createQueue: 1 }, ['produces']],
    ['`process` only as a bare name (`process.env`) says nothing', { createQueue: 1, process: 2 }, ['produces']],
    ['a service not reaching the factory makes nothing', { '.process()': 2 }, undefined],
  ])('%s', (_case, uses, expected) => {
    expect(rolesOf(uses)).toEqual(expected);
  });
});

describe('a Redis client the library makes and hands on, whose use is the caller\'s', () => {
  // `export const redisClient = () => new Redis(url)`: made once, in the library, as a database use.
  const CLIENT: ConnectionFact = { ...made('lib/redis.ts', 2, 'uses'), mechanism: 'database', technology: 'Redis', rolesByCaller: { produces: [], consumes: [], adapters: ['createAdapter', 'RedisPubSub'] } };
  const usesOf = (uses: Record<string, number>): string[] | undefined => {
    const result = libraryUses<string>({
      names: [names('lib/redis.ts', [declare('redisClient', 2, 2)]), names('svc/index.ts', [], uses)],
      connections: [CLIENT],
      libraryOf: (file) => (file.startsWith('lib/') ? 'lib' : undefined),
      serviceOf: (file) => (file.startsWith('lib/') ? undefined : 'svc'),
      references: new Map(),
      keyOf: (owner) => owner,
    });
    return result.get('svc')?.map((use) => `${use.connection.role} ${use.connection.mechanism}`);
  };
  it.each<[string, Record<string, number>, string[] | undefined]>([
    ['given to socket.io\'s adapter, it is the service\'s pub/sub bus both ways', { redisClient: 1, createAdapter: 2, [calledMethod('duplicate')]: 3 }, ['produces messaging', 'consumes messaging']],
    ['given to an adapter by a service caching too, it is both', { redisClient: 1, RedisPubSub: 2, [calledMethod('get')]: 3 }, ['produces messaging', 'consumes messaging', 'uses database']],
    ['only read and written, a cache as made', { redisClient: 1, [calledMethod('get')]: 2, [calledMethod('set')]: 3 }, ['uses database']],
    ['`createAdapter` only as a method of something else says nothing', { redisClient: 1, [calledMethod('createAdapter')]: 2 }, ['uses database']],
  ])('%s', (_case, uses, expected) => {
    expect(usesOf(uses)).toEqual(expected);
  });
});

describe('an implementation a library registers only in branches chosen by settings', () => {
  // Core/ServiceCollectionExtensions.cs: `if (SettingHasValue(…SendGridApiKey)) services.AddSingleton<IMailer, SendGridMailer>(); else services.AddSingleton<IMailer, SmtpMailer>();`
  const SENDGRID = [{ key: 'code:options.GlobalSettings.Mail.SendGridApiKey', test: 'set' }] as FactCondition[];
  const LIBRARY_NAMES = [
    names('lib/ServiceCollectionExtensions.cs', [
      declare('AddMail', 3, 12, { static: true, references: ['AddMail#case@5', 'AddMail#case@9'] }),
      declare('AddMail#case@5', 5, 7, { conditions: SENDGRID, references: ['IMailer', 'SendGridMailer'] }),
      declare('AddMail#case@9', 9, 11, { conditions: [{ ...SENDGRID[0] as FactCondition, negated: true }], references: ['IMailer', 'SmtpMailer'] }),
    ]),
    names('lib/Mailers.cs', [
      declare('IMailer', 1, 2, { kind: 'type' }),
      declare('SendGridMailer', 3, 8, { kind: 'type', bases: ['IMailer'] }),
      declare('SendGridMailer', 4, 7, { parent: 'SendGridMailer', initialiser: true }),
      declare('SmtpMailer', 10, 15, { kind: 'type', bases: ['IMailer'] }),
      declare('SmtpMailer', 11, 14, { parent: 'SmtpMailer', initialiser: true }),
    ]),
  ];
  const SENDS = [made('lib/Mailers.cs', 5, 'calls'), made('lib/Mailers.cs', 12, 'uses')];
  const usesFor = (apiKey: string | undefined, own: Record<string, number>) =>
    libraryUses<string>({
      names: [...LIBRARY_NAMES, names('api/Startup.cs', [declare('ConfigureServices', 1, 9)], own)],
      connections: SENDS,
      libraryOf: (file) => (file.startsWith('lib/') ? 'core' : undefined),
      serviceOf: (file) => (file.startsWith('api/') ? 'api' : undefined),
      references: new Map(),
      keyOf: (owner) => owner,
      mayRun: (_service, _file, conditions) => apiKey === undefined || conditions.every((condition) => (apiKey !== '') !== (condition.negated === true)),
    }).get('api')?.map((use) => `${use.connection.role} ${use.connection.evidence.file}:${use.connection.evidence.line}`);

  it.each([
    ['the key empty: the SMTP mailer only, though the service injects the interface', '', { AddMail: 3, IMailer: 5 }, ['uses lib/Mailers.cs:12']],
    ['the key set: the SendGrid mailer only', 'SG.key', { AddMail: 3, IMailer: 5 }, ['calls lib/Mailers.cs:5']],
    ['nothing known of the key: both', undefined, { AddMail: 3, IMailer: 5 }, ['calls lib/Mailers.cs:5', 'uses lib/Mailers.cs:12']],
    ['the service naming the implementation itself reaches it whatever the setting', '', { SendGridMailer: 4 }, ['calls lib/Mailers.cs:5']],
  ] as [string, string | undefined, Record<string, number>, string[]][])('%s', (_name, apiKey, own, expected) => {
    expect(usesFor(apiKey, own)).toEqual(expected);
  });
});

describe('an implementation a service’s own Program.cs registers only in branches chosen by configuration', () => {
  // Orders/Program.cs (top-level statements): `if (config.GetValue<bool>("Features:Email")) AddSingleton<IMailer, SendGridMailer>(); else AddSingleton<IMailer, NoOpMailer>();`
  // and `app.MapPost(…, (IMailer mailer) => …)`; Shared/Bus.cs: `AddBus` registers RabbitBus when `MessageBus:Provider` is RabbitMQ, else AzureBus.
  const EMAIL = [{ key: 'Features:Email', test: 'true' }] as FactCondition[];
  const RABBIT = [{ key: 'MessageBus:Provider', test: { equals: 'RabbitMQ' }, caseless: true }] as FactCondition[];
  const LIBRARY_NAMES = [
    names('lib/Mailers.cs', [
      declare('IMailer', 1, 2, { kind: 'type' }),
      declare('SendGridMailer', 3, 8, { kind: 'type', bases: ['IMailer'] }),
      declare('SendGridMailer', 4, 7, { parent: 'SendGridMailer', initialiser: true }),
      declare('NoOpMailer', 10, 15, { kind: 'type', bases: ['IMailer'] }),
    ]),
    names('lib/Bus.cs', [
      declare('AddBus', 1, 8, { static: true, references: ['AddBus#case@3', 'AddBus#case@5'] }),
      declare('AddBus#case@3', 3, 4, { conditions: RABBIT, references: ['IBus', 'RabbitBus'] }),
      declare('AddBus#case@5', 5, 6, { conditions: [{ ...(RABBIT[0] as FactCondition), negated: true }], references: ['IBus', 'AzureBus'] }),
      declare('IBus', 10, 11, { kind: 'type' }),
      declare('RabbitBus', 12, 20, { kind: 'type', bases: ['IBus'] }),
      declare('RabbitBus', 13, 19, { parent: 'RabbitBus', initialiser: true }),
      declare('AzureBus', 22, 30, { kind: 'type', bases: ['IBus'] }),
      declare('AzureBus', 23, 29, { parent: 'AzureBus', initialiser: true }),
    ]),
  ];
  const SENDGRID = { ...made('lib/Mailers.cs', 5, 'calls'), target: { key: 'SendGrid:ApiKey' } };
  const RABBIT_PUBLISH = { ...made('lib/Bus.cs', 15, 'produces'), target: { key: 'RabbitMQ:Host' } };
  const AZURE_PUBLISH = { ...made('lib/Bus.cs', 25, 'produces'), technology: 'Azure Service Bus' };
  const program = (extra: CodeDeclaration[] = []) =>
    names('orders/Program.cs', [
      declare('<Main>$', 1, 20, { references: ['<Main>$#case@4', '<Main>$#case@6', 'AddBus', 'IMailer', 'MapPost'] }),
      declare('<Main>$#case@4', 4, 4, { conditions: EMAIL, references: ['AddSingleton', 'IMailer', 'SendGridMailer'] }),
      declare('<Main>$#case@6', 6, 6, { conditions: [{ ...(EMAIL[0] as FactCondition), negated: true }], references: ['AddSingleton', 'IMailer', 'NoOpMailer'] }),
      ...extra,
    ], { AddBus: 2, SendGridMailer: 4, IMailer: 4, NoOpMailer: 6, MapPost: 10 });
  const reach = (settings: Record<string, string>, service: CodeNamesFact[]) => {
    const ruledOut = new Map<string, Set<ConnectionFact>>();
    const uses = libraryUses<string>({
      names: [...LIBRARY_NAMES, ...service],
      connections: [SENDGRID, RABBIT_PUBLISH, AZURE_PUBLISH],
      libraryOf: (file) => (file.startsWith('lib/') ? 'shared' : undefined),
      serviceOf: (file) => (file.startsWith('orders/') ? 'orders' : undefined),
      references: new Map(),
      keyOf: (owner) => owner,
      ruledOut,
      mayRun: (_service, _file, conditions) =>
        conditions.every((condition) => {
          const value = settings[condition.key];
          if (value === undefined) return true;
          const holds = condition.test === 'true' ? value === 'true' : typeof condition.test === 'object' && 'equals' in condition.test && value.toLowerCase() === condition.test.equals.toLowerCase();
          return holds !== (condition.negated === true);
        }),
    });
    const show = (fact: ConnectionFact): string => `${fact.technology} ${fact.evidence.file}:${fact.evidence.line}`;
    return { uses: (uses.get('orders') ?? []).map((use) => show(use.connection)), ruledOut: [...(ruledOut.get('orders') ?? [])].map(show) };
  };

  it.each([
    ['flag false, provider Azure: neither SendGrid (named only in its ruled-out branch) nor RabbitMQ', { 'Features:Email': 'false', 'MessageBus:Provider': 'AzureServiceBus' }, [program()], ['Azure Service Bus lib/Bus.cs:25'], ['RabbitMQ lib/Mailers.cs:5', 'RabbitMQ lib/Bus.cs:15']],
    ['flag true, provider rabbitmq (case folded): SendGrid and RabbitMQ', { 'Features:Email': 'true', 'MessageBus:Provider': 'rabbitmq' }, [program()], ['RabbitMQ lib/Bus.cs:15', 'RabbitMQ lib/Mailers.cs:5'], ['Azure Service Bus lib/Bus.cs:25']],
    ['nothing known: every implementation, nothing ruled out', {}, [program()], ['Azure Service Bus lib/Bus.cs:25', 'RabbitMQ lib/Bus.cs:15', 'RabbitMQ lib/Mailers.cs:5'], []],
    [
      'another file of the service naming SendGridMailer outright keeps it',
      { 'Features:Email': 'false', 'MessageBus:Provider': 'AzureServiceBus' },
      [program(), names('orders/Digest.cs', [declare('Digest', 1, 5, { kind: 'type', references: ['SendGridMailer'] })], { SendGridMailer: 3 })],
      ['Azure Service Bus lib/Bus.cs:25', 'RabbitMQ lib/Mailers.cs:5'],
      ['RabbitMQ lib/Bus.cs:15'],
    ],
  ] as [string, Record<string, string>, CodeNamesFact[], string[], string[]][])('%s', (_name, settings, service, uses, ruledOut) => {
    const found = reach(settings, service);
    expect(found.uses.sort()).toEqual([...uses].sort());
    expect(found.ruledOut.sort()).toEqual([...ruledOut].sort());
  });
});

describe('a name reaches library code of its own language only', () => {
  // A Go publisher and a Python one in two libraries, both classes called Publisher.
  const libraries = [
    names('golib/publisher.go', [declare('Publisher', 1, 20, { kind: 'type' }), declare('Publish', 10, 14, { parent: 'Publisher', references: ['Publish'] })]),
    names('pylib/bus.py', [declare('Publisher', 1, 20, { kind: 'type' }), declare('publish', 10, 14, { parent: 'Publisher', references: ['publish'] })]),
  ];
  const goPublish: ConnectionFact = { ...made('golib/publisher.go', 12, 'produces'), technology: 'NATS' };
  const pyPublish: ConnectionFact = { ...made('pylib/bus.py', 12, 'produces'), technology: 'Redis' };
  it.each<{ case: string; file: string; expected: string[] }>([
    { case: 'a Go service naming Publisher makes the Go library\'s publish', file: 'tracker/main.go', expected: ['NATS golib/publisher.go'] },
    { case: 'a Python service naming Publisher makes the Python library\'s publish', file: 'audit/main.py', expected: ['Redis pylib/bus.py'] },
    { case: 'a file of no known language may reach either', file: 'svc/main.unknown', expected: ['NATS golib/publisher.go', 'Redis pylib/bus.py'] },
  ])('$case', ({ file, expected }) => {
    const result = libraryUses<string>({
      names: [...libraries, names(file, [], { Publisher: 3 })],
      connections: [goPublish, pyPublish],
      libraryOf: (path) => (path.includes('lib/') ? path.split('/')[0] : undefined),
      serviceOf: (path) => (path.includes('lib/') ? undefined : path.split('/')[0]),
      references: new Map(),
      keyOf: (owner) => owner,
    });
    expect([...result.values()].flat().map((use) => `${use.connection.technology} ${use.connection.evidence.file}`).sort()).toEqual(expected);
  });

  it.each<[string, string | undefined]>([
    ['cmd/tracker/main.go', 'go'],
    ['src/main/java/A.java', 'jvm'],
    ['src/main/kotlin/A.kt', 'jvm'],
    ['app/bus.py', 'python'],
    ['src/index.ts', 'javascript'],
    ['Program.cs', 'dotnet'],
    ['pom.xml', undefined],
  ])('%s is %s code', (file, expected) => {
    expect(languageOf(file)).toBe(expected);
  });
});

describe("a Redis client a service's own factory returns, as its callers use it", () => {
  const client: ConnectionFact = {
    type: 'connection', target: {}, role: 'uses', mechanism: 'database', technology: 'Redis', evidence: at('svc/redis.js', 12), confidence: 0.9,
    rolesByCaller: { produces: ['publish', 'xadd'], consumes: ['subscribe', 'psubscribe', 'xreadgroup'], mechanism: 'messaging', factory: 'createClient' },
  };
  const cases: { name: string; calls: string[]; expected: string[] }[] = [
    { name: 'subscribe consumes', calls: ['subscribe'], expected: ['consumes/messaging'] },
    { name: 'psubscribe consumes', calls: ['psubscribe'], expected: ['consumes/messaging'] },
    { name: 'publish produces', calls: ['publish'], expected: ['produces/messaging'] },
    { name: 'both ways, with a data command kept as a database use', calls: ['publish', 'subscribe', 'setex'], expected: ['produces/messaging', 'consumes/messaging', 'uses/database'] },
    { name: 'only get/set stays a database use', calls: ['get', 'set'], expected: ['uses/database'] },
    { name: 'nothing telling stays as made', calls: [], expected: ['uses/database'] },
  ];
  it.each(cases)('$name', ({ calls, expected }) => {
    const names = new Set(calls.map(calledMethod));
    expect(connectionsByCaller(client, names).map((fact) => `${fact.role}/${fact.mechanism}`)).toEqual(expected);
  });
});

describe('a factory handing back a queue whose methods choose the direction', () => {
  // `getPlatformQueue(…)` returns a PlatformQueue; its `createProducer` makes a producer whose
  // `send` publishes, its `createConsumer` a consumer whose `start` subscribes (one file).
  const file = 'lib/queue.ts';
  const library = names(file, [
    declare('PlatformProducer', 1, 10, { kind: 'type' }),
    declare('send', 3, 6, { parent: 'PlatformProducer', references: ['send', 'topic', 'producer'] }),
    declare('PlatformConsumer', 11, 20, { kind: 'type' }),
    declare('start', 13, 18, { parent: 'PlatformConsumer', references: ['connect', 'subscribe', 'run', 'handler'] }),
    declare('PlatformQueue', 21, 35, { kind: 'type', references: ['Kafka'] }),
    declare('constructor', 22, 24, { parent: 'PlatformQueue', initialiser: true, references: ['Kafka', 'brokers'] }),
    declare('createProducer', 25, 29, { parent: 'PlatformQueue', references: ['PlatformProducer', 'producer', 'connect', 'topic'] }),
    declare('createConsumer', 30, 34, { parent: 'PlatformQueue', references: ['PlatformConsumer', 'consumer', 'groupId', 'handler'] }),
    declare('getPlatformQueue', 36, 38, { static: true, references: ['PlatformQueue', 'parseQueueConfig', 'config'] }),
  ]);
  const send = made(file, 4, 'produces');
  const subscribe = made(file, 15, 'consumes');
  const usesOfServices = (services: Record<string, Record<string, number>>): Record<string, string[]> => {
    const result = libraryUses<string>({
      names: [library, ...Object.entries(services).map(([service, uses]) => names(`${service}/src/main.ts`, [], uses))],
      connections: [send, subscribe],
      libraryOf: (path) => (path.startsWith('lib/') ? 'lib' : undefined),
      serviceOf: (path) => (path.startsWith('lib/') ? undefined : path.split('/')[0]),
      references: new Map(),
      keyOf: (owner) => owner,
    });
    return Object.fromEntries([...result].map(([service, uses]) => [service, uses.map((use) => use.connection.role)]));
  };

  it.each<[string, Record<string, Record<string, number>>, Record<string, string[]>]>([
    [
      'one service calling createProducer, another createConsumer: each its own end',
      { front: { getPlatformQueue: 1, createProducer: 2, send: 3 }, indexer: { getPlatformQueue: 1, createConsumer: 2, start: 3 } },
      { front: ['produces'], indexer: ['consumes'] },
    ],
    ['a service calling both: both ends', { both: { getPlatformQueue: 1, createProducer: 2, createConsumer: 3 }, other: { getPlatformQueue: 1, createProducer: 2 } }, { both: ['produces', 'consumes'], other: ['produces'] }],
    ['the factory alone, no method of its product called: all of them', { bare: { getPlatformQueue: 1 } }, { bare: ['produces', 'consumes'] }],
  ])('%s', (_case, services, expected) => {
    expect(usesOfServices(services)).toEqual(expected);
  });
});
