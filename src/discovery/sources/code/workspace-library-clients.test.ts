/**
 * The clients a monorepo's shared backend library holds (Budibase-like `backend-core`): CouchDB by
 * nano and PouchDB, settings read from one default-exported `environment` object, and a Bull
 * queue factory whose end each calling service decides.
 */
import { describe, expect, it } from 'vitest';
import { calledMethod, type CodeNamesFact, type ConnectionFact, type Fact } from '../../../core/discovery/facts.js';
import { code, readSnippet, readSnippetWithNames } from './code-test-support.js';
import { typescriptCodeSource } from './typescript-source.js';

const connections = (facts: Fact[]): ConnectionFact[] => facts.filter((fact): fact is ConnectionFact => fact.type === 'connection');
const couchOf = (facts: Fact[]): string[] => connections(facts).map((fact) => `${fact.role} ${fact.mechanism} ${fact.technology} ${JSON.stringify(fact.target)} @${fact.evidence.line}`);

describe('CouchDB clients', () => {
  it.each<[string, string, string[]]>([
    ['nano given the URL setting in options', code`
      import Nano from "nano"
      export const couch = () => Nano({ url: process.env.COUCH_DB_URL })`, ['uses database CouchDB {"key":"COUCH_DB_URL"} @2']],
    ['nano given a URL, its password masked', code`
      import nano from 'nano'
      const couch = nano('http://admin:secret@couchdb-service:5984')`, ['uses database CouchDB {"host":"couchdb-service","port":5984,"url":"http://admin:***@couchdb-service:5984"} @2']],
    ['PouchDB bound to a server by its prefix', code`
      import PouchDB from "pouchdb"
      const Remote = PouchDB.defaults({ prefix: process.env.COUCH_DB_URL })`, ['uses database CouchDB {"key":"COUCH_DB_URL"} @2']],
    ['a PouchDB of a server URL, and a local one by bare name that is no connection', code`
      import PouchDB from "pouchdb"
      const users = new PouchDB('http://couch:5984/users')
      const cache = new PouchDB('cache')`, ['uses database CouchDB {"host":"couch","port":5984,"url":"http://couch:5984/users"} @2']],
    ['a nano of another package is not CouchDB\'s', code`
      import { nano } from "./timing"
      const started = nano(process.env.START)`, []],
  ])('%s', async (_case, text, expected) => {
    expect(couchOf(await readSnippet(typescriptCodeSource, 'packages/backend-core/src/db.ts', text))).toEqual(expected);
  });
});

describe('a settings object a module exports whole', () => {
  it.each<[string, string]>([
    ['`export default` of a variable holding it', 'const environment = {\n  COUCH_DB_URL: process.env.COUCH_DB_URL || "http://localhost:5984",\n}\n\nexport default environment\n'],
    ['`export =` of it', 'const environment = {\n  COUCH_DB_URL: process.env.COUCH_DB_URL,\n}\nexport = environment\n'],
    ['`export default` of the literal', 'export default {\n  COUCH_DB_URL: process.env.COUCH_DB_URL,\n}\n'],
  ])('%s: each property is the setting importers read (`env.COUCH_DB_URL`)', async (_case, text) => {
    const bindings = (await readSnippet(typescriptCodeSource, 'packages/backend-core/src/environment.ts', text)).filter((fact) => fact.type === 'binding');
    expect(bindings).toContainEqual(expect.objectContaining({ key: 'code:COUCH_DB_URL', value: '$ref:COUCH_DB_URL', scope: 'packages/backend-core/src' }));
  });

  it('a default export of something else shares nothing', async () => {
    const facts = await readSnippet(typescriptCodeSource, 'lib/src/handler.ts', 'const handler = () => process.env.COUCH_DB_URL\nexport default handler\n');
    expect(facts.filter((fact) => fact.type === 'binding' && fact.key === 'code:COUCH_DB_URL')).toEqual([]);
  });
});

describe('a Bull queue a library makes', () => {
  it('handed on by a factory, its end is left to the caller', async () => {
    const facts = await readSnippet(typescriptCodeSource, 'packages/backend-core/src/queue.ts', code`
      import Bull from "bull"
      export function createQueue(name: string) {
        return new Bull(name, process.env.REDIS_URL)
      }`);
    expect(connections(facts).map((fact) => [fact.role, fact.rolesByCaller])).toEqual([['produces', { produces: ['add', 'addBulk'], consumes: ['process'], factory: 'createQueue' }]]);
  });

  it('processed where it is made, its end is known there', async () => {
    const facts = await readSnippet(typescriptCodeSource, 'packages/worker/src/queue.ts', code`
      import Bull from "bull"
      export const queue = new Bull("automations", process.env.REDIS_URL)
      queue.process(async (job) => job.data)`);
    expect(connections(facts).map((fact) => [fact.role, fact.rolesByCaller])).toEqual([['produces', undefined], ['consumes', undefined]]);
  });

  it('the caller\'s code names the methods it calls on a value apart from bare names', async () => {
    const facts = await readSnippetWithNames(typescriptCodeSource, 'packages/worker/src/automations.ts', code`
      import { createQueue } from "@acme/backend-core"
      const port = process.env.PORT
      createQueue("automations").process(async (job) => job.data)`);
    const names = facts.find((fact): fact is CodeNamesFact => fact.type === 'code-names');
    expect(names?.uses).toMatchObject({ createQueue: 1, process: 2, [calledMethod('process')]: 3 });
    expect(names?.uses).not.toHaveProperty(calledMethod('env'));
  });
});

describe('a Redis client a library makes and hands on', () => {
  const rolesOf = async (text: string): Promise<unknown[]> => connections(await readSnippet(typescriptCodeSource, 'packages/shared/src/redis.ts', text)).map((fact) => [fact.mechanism, fact.rolesByCaller?.adapters]);

  it('untouched, what it is for is left to the caller (a pub/sub adapter it is given to, or a cache)', async () => {
    expect(await rolesOf(code`
      import { Redis } from "ioredis"
      export const redisClient = () => new Redis(process.env.REDIS_URL)`)).toEqual([['database', ['createAdapter', 'createShardedAdapter', 'RedisPubSub']]]);
  });

  it('the factory is the one its callers name; a framework callback held by an object key (NestJS useFactory) is none', async () => {
    const factories = async (text: string): Promise<unknown[]> => connections(await readSnippet(typescriptCodeSource, 'src/app.module.ts', text)).map((fact) => fact.rolesByCaller?.factory);
    expect(await factories(code`
      import { Redis } from "ioredis"
      export function createClient(url: string) { return new Redis(url) }`)).toEqual(['createClient']);
    expect(await factories(code`
      import { Redis } from "ioredis"
      export const providers = [{ provide: CART_STORE, useFactory: (config: ConfigService) => new Redis({ host: config.get("REDIS_HOST") }) }]`)).toEqual([undefined]);
  });

  it('read or written where it is made, it is a database use there', async () => {
    expect(await rolesOf(code`
      import { Redis } from "ioredis"
      const cache = new Redis(process.env.REDIS_URL)
      export const cached = (key: string) => cache.get(key)`)).toEqual([['database', undefined]]);
  });
});
