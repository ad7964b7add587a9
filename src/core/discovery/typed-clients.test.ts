import { describe, expect, it } from 'vitest';
import type { CodeDeclaration, CodeNamesFact } from './facts.js';
import { unregisteredTypedClients } from './typed-clients.js';

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
