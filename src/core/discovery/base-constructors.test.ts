import { describe, expect, it } from 'vitest';
import { baseArgumentName, withBaseConstructorArguments } from './base-constructors.js';
import type { BindingFact, ConnectionFact, Evidence, Fact } from './facts.js';

const at = (file: string, line: number): Evidence => ({ file, line, excerpt: `line ${line}` });
const BASE = 'lib/BaseClientService.cs';
const connection = (key: string, line = 12): ConnectionFact => ({ type: 'connection', target: { key }, role: 'calls', mechanism: 'rest', technology: 'HTTP', evidence: at(BASE, line), confidence: 0.9 });
const argument = (subclass: string, base: string, index: number, value: string, line = 9, more: Partial<BindingFact> = {}): BindingFact => ({
  type: 'binding',
  scope: 'lib',
  key: `code:${baseArgumentName(subclass, base, index)}`,
  value,
  evidence: at(`lib/${subclass}.cs`, line),
  ...more,
});

/** The connections the pass adds, as `target key @ file:line`. */
function added(facts: Fact[]): string[] {
  const result = withBaseConstructorArguments(facts);
  return result.slice(facts.length).map((fact) => (fact.type === 'connection' ? `${fact.target.key} @ ${fact.evidence.file}:${fact.evidence.line}` : fact.type));
}

describe('a base class\'s connections on a constructor parameter, made per subclass argument', () => {
  it.each<[string, Fact[], string[]]>([
    [
      'two subclasses passing two settings: one connection each, at the subclass',
      [
        connection('code:init:BaseClientService#1'),
        argument('NotificationsPushEngine', 'BaseClientService', 1, '$ref:code:options.GlobalSettings.BaseServiceUri.InternalNotifications', 15),
        argument('EventsApiClient', 'BaseClientService', 1, '$ref:code:options.GlobalSettings.BaseServiceUri.InternalEvents', 10),
      ],
      ['code:base:NotificationsPushEngine>BaseClientService#1 @ lib/NotificationsPushEngine.cs:15', 'code:base:EventsApiClient>BaseClientService#1 @ lib/EventsApiClient.cs:10'],
    ],
    [
      'each parameter given by its own argument (the server and the identity server)',
      [connection('code:init:BaseClientService#1', 22), connection('code:init:BaseClientService#2', 24), argument('EventsApiClient', 'BaseClientService', 1, '$ref:X'), argument('EventsApiClient', 'BaseClientService', 2, '$ref:Y')],
      ['code:base:EventsApiClient>BaseClientService#1 @ lib/EventsApiClient.cs:9', 'code:base:EventsApiClient>BaseClientService#2 @ lib/EventsApiClient.cs:9'],
    ],
    [
      'a base class nobody derives from: nothing added',
      [connection('code:init:LegacyHttpService#1'), argument('EventsApiClient', 'BaseClientService', 1, '$ref:X')],
      [],
    ],
    [
      'an argument for another parameter of the base class: nothing added',
      [connection('code:init:BaseClientService#1'), argument('EventsApiClient', 'BaseClientService', 0, '$ref:code:init:EventsApiClient#0')],
      [],
    ],
    [
      'a subclass passing on its own parameter: followed to its subclasses',
      [
        connection('code:init:BaseClientService#1'),
        argument('AuditedClient', 'BaseClientService', 1, '$ref:code:init:AuditedClient#1', 7),
        argument('OrdersClient', 'AuditedClient', 1, '$ref:ORDERS_URL', 8),
      ],
      ['code:base:AuditedClient>BaseClientService#1 @ lib/AuditedClient.cs:7', 'code:base:OrdersClient>AuditedClient#1 @ lib/OrdersClient.cs:8'],
    ],
    [
      'a fallback binding is no subclass\'s argument',
      [connection('code:init:BaseClientService#1'), argument('EventsApiClient', 'BaseClientService', 1, '$ref:X', 9, { fallback: true })],
      [],
    ],
    [
      'a connection on a method parameter is not a constructor\'s',
      [connection('code:param:SendAsync#1'), argument('EventsApiClient', 'BaseClientService', 1, '$ref:X')],
      [],
    ],
  ])('%s', (_name, facts, expected) => {
    expect(added(facts)).toEqual(expected);
  });

  it('keeps the base class\'s own connection and everything else of the fact', () => {
    const base = { ...connection('code:init:BaseClientService#1'), namedClient: { name: 'client', use: true } } satisfies ConnectionFact;
    const result = withBaseConstructorArguments([base, argument('EventsApiClient', 'BaseClientService', 1, '$ref:X')]);
    expect(result[0]).toBe(base);
    expect(result).toHaveLength(3);
    expect(result[2]).toEqual({ ...base, target: { key: 'code:base:EventsApiClient>BaseClientService#1' }, evidence: at('lib/EventsApiClient.cs', 9) });
  });
});
