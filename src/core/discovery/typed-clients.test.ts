import { describe, expect, it } from 'vitest';
import type { CodeDeclaration, CodeNamesFact } from './facts.js';
import { uninjectedClientBeans, unregisteredTypedClients, unusedClients } from './typed-clients.js';

const names = (file: string, declarations: CodeDeclaration[], uses: string[] = []): CodeNamesFact => ({
  type: 'code-names',
  declarations,
  uses: Object.fromEntries(uses.map((name) => [name, 1])),
  evidence: { file, line: 1, excerpt: '' },
});
const type = (name: string, line: number, endLine: number, bases: string[] = []): CodeDeclaration => ({ name, kind: 'type', references: [], line, endLine, bases });
const ctor = (parent: string, takes: string[], line: number, references: string[] = []): CodeDeclaration => ({ name: parent, kind: 'function', parent, initialiser: true, takes, references, line, endLine: line });
/** A startup file registering typed clients (`services.AddHttpClient<T>()`), naming the given classes. */
const startup = (...clients: string[]): CodeNamesFact => names('Web/Startup.cs', [], ['AddHttpClient', ...clients]);

const reviews = names('Web/Clients/ReviewsClient.cs', [type('ReviewsClient', 5, 20, ['ServiceClientBase']), ctor('ReviewsClient', ['HttpClient', 'IOptions'], 8)], ['ServiceClientBase', 'HttpClient']);
const catalog = names('Web/Clients/CatalogClient.cs', [type('CatalogClient', 5, 20, ['ServiceClientBase', 'ICatalogClient']), ctor('CatalogClient', ['HttpClient'], 8)]);

describe('unregisteredTypedClients', () => {
  it.each([
    ['named nowhere: its lines are dead', [reviews, catalog, startup('CatalogClient')], 'Web/Clients/ReviewsClient.cs', 12, true],
    ['registered with AddHttpClient<T> (a use of its name): kept', [reviews, catalog, startup('CatalogClient')], 'Web/Clients/CatalogClient.cs', 12, false],
    ['taken through its interface by a controller: kept', [catalog, startup(), names('Web/HomeController.cs', [{ ...type('HomeController', 3, 30), references: ['ICatalogClient'] }])], 'Web/Clients/CatalogClient.cs', 12, false],
    ['a line outside the class: kept', [reviews, startup()], 'Web/Clients/ReviewsClient.cs', 30, false],
    ['no AddHttpClient in sight (its registration not read): kept', [reviews, catalog], 'Web/Clients/ReviewsClient.cs', 12, false],
    ['its own constructor naming it is no registration', [names('Web/A.cs', [type('AClient', 1, 9), ctor('AClient', ['HttpClient'], 2, ['AClient'])]), startup()], 'Web/A.cs', 4, true],
    ['a class creating its own HttpClient (given IConfiguration) is no typed client', [names('Web/Ratings.cs', [type('RatingsClient', 1, 9), ctor('RatingsClient', ['IConfiguration'], 2, ['HttpClient', 'Uri'])]), startup()], 'Web/Ratings.cs', 4, false],
    ['not C#: never', [names('web/client.ts', [type('ReviewsClient', 1, 9), ctor('ReviewsClient', ['HttpClient'], 2)]), startup()], 'web/client.ts', 4, false],
  ])('%s', (_name, facts, file, line, dead) => {
    expect(unregisteredTypedClients(facts)(file, line)).toBe(dead);
  });
});

const method = (parent: string, name: string, line: number, endLine: number, references: string[], extra: Partial<CodeDeclaration> = {}): CodeDeclaration => ({ name, kind: 'function', parent, references, line, endLine, ...extra });
/** A configuration class making a RestClient bean (lines 10-13) and a WebClient bean (lines 15-18). */
const clientConfig = names('storefront/src/main/java/acme/ClientConfig.java', [
  type('ClientConfig', 8, 20),
  method('ClientConfig', 'ordersClient', 10, 13, ['RestClient', 'String', 'Value', 'baseUrl', 'build', 'builder'], { provides: 'RestClient', takes: ['String'] }),
  method('ClientConfig', 'loyaltyClient', 15, 18, ['WebClient', 'String', 'Value', 'baseUrl', 'build', 'builder'], { provides: 'WebClient', takes: ['String'] }),
], ['Bean', 'Configuration', 'RestClient', 'WebClient', 'Value']);
const gateway = (references: string[], takes: string[] = [], uses: string[] = []): CodeNamesFact =>
  names('storefront/src/main/java/acme/OrderGateway.java', [type('OrderGateway', 3, 20, []), { ...ctor('OrderGateway', takes, 6, references) }], uses);
const config = 'storefront/src/main/java/acme/ClientConfig.java';

describe('uninjectedClientBeans', () => {
  it.each([
    ['a RestClient bean a constructor takes: kept', [clientConfig, gateway(['RestClient', 'orders'], ['RestClient'])], config, 11, false],
    ['a WebClient bean nothing takes: its lines are dead', [clientConfig, gateway(['RestClient', 'orders'], ['RestClient'])], config, 16, true],
    ['taken by a field of another class (its type named): kept', [clientConfig, names('a/Points.java', [{ ...type('Points', 1, 9), references: ['WebClient'] }])], config, 16, false],
    ['taken as another bean method\'s parameter: kept', [clientConfig, names('a/More.java', [type('More', 1, 9), method('More', 'banner', 2, 5, ['Banner', 'WebClient', 'loyalty'], { provides: 'Banner', takes: ['WebClient'] })])], config, 16, false],
    ['its bean method called by another bean method: kept', [clientConfig, names('a/More.java', [type('More', 1, 9), method('More', 'banner', 2, 5, ['Banner', 'loyaltyClient'], { provides: 'Banner' })])], config, 16, false],
    ['another bean method making the same type names it without taking it', [clientConfig, names('a/More.java', [type('More', 1, 9), method('More', 'adminClient', 2, 5, ['WebClient', 'build', 'builder'], { provides: 'WebClient' })])], config, 16, true],
    ['getBean anywhere: kept', [clientConfig, names('a/Lookup.java', [type('Lookup', 1, 9)], ['getBean'])], config, 16, false],
    ['a line outside the bean method', [clientConfig], config, 14, false],
    ['a DataSource bean (taken up by auto-configuration) is never ruled out', [names('a/Db.java', [type('Db', 1, 9), method('Db', 'dataSource', 2, 5, ['DataSource', 'build'], { provides: 'DataSource' })])], 'a/Db.java', 3, false],
    ['not JVM code: never', [names('web/client.ts', [type('C', 1, 9), method('C', 'make', 2, 5, ['RestClient'], { provides: 'RestClient' })])], 'web/client.ts', 3, false],
  ])('%s', (_name, facts, file, line, dead) => {
    expect(uninjectedClientBeans(facts)(file, line)).toBe(dead);
  });

  it('unusedClients rules out both kinds', () => {
    const test = unusedClients([reviews, startup(), clientConfig]);
    expect([test('Web/Clients/ReviewsClient.cs', 12), test(config, 11), test(config, 7)]).toEqual([true, true, false]);
  });
});
