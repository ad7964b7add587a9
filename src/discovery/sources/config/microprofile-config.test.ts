/**
 * MicroProfile Config (Open Liberty, Payara, Helidon, Quarkus): `META-INF/microprofile-config.properties`,
 * Liberty's `server.xml` variables and `server.env`, and, scanned for real, REST clients by config
 * key and by interface name, environment overrides by MicroProfile's mapping, property
 * expressions with defaults, and `@ConfigProperty` injection.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BindingFact, Fact } from '../../../core/discovery/facts.js';
import { scanPaths } from '../../scan.js';
import type { Source } from '../../source.js';
import { evidenceFor } from '../../source.js';
import { envFileSource } from './env-file.js';
import { libertyServerSource, startTags } from './liberty-server.js';
import { springConfigSource } from './spring-config.js';

async function read(source: Source, path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return source.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

function bindings(facts: Fact[]): Partial<BindingFact>[] {
  return facts
    .filter((fact): fact is BindingFact => fact.type === 'binding')
    .map(({ key, value, scope, fallback, expression, evidence }) => ({ key, value, scope, line: evidence.line, ...(fallback ? { fallback } : {}), ...(expression ? { expression } : {}) }));
}

describe('microprofile-config.properties', () => {
  it.each([
    ['booking/src/main/resources/META-INF/microprofile-config.properties', 'booking'],
    ['booking/src/main/webapp/META-INF/microprofile-config.properties', 'booking'],
    ['src/main/resources/META-INF/microprofile-config.properties', ''],
  ])('%s configures the module %j', async (path, scope) => {
    expect(springConfigSource.accepts(path)).toBe(true);
    expect(bindings(await read(springConfigSource, path, 'customerClient/mp-rest/url=http://customer:9080/customer\n'))).toEqual([{ key: 'customerClient/mp-rest/url', value: 'http://customer:9080/customer', scope, line: 1 }]);
  });

  it('is not read from test resources', () => {
    expect(springConfigSource.accepts('booking/src/test/resources/META-INF/microprofile-config.properties')).toBe(false);
  });

  it('binds a value holding expressions with its defaults, the expression beside it', async () => {
    const text = 'flight/mp-rest/url=http://${FLIGHT_SERVICE:localhost:9083/flight}\nhotel=${HOTEL_URL:${HOTEL_BASE:http://localhost:9084}/hotel}\nplain=http://x:1\n';
    expect(bindings(await read(springConfigSource, 'b/src/main/resources/META-INF/microprofile-config.properties', text))).toEqual([
      { key: 'flight/mp-rest/url', value: 'http://localhost:9083/flight', scope: 'b', line: 1, expression: 'http://${FLIGHT_SERVICE:localhost:9083/flight}' },
      { key: 'hotel', value: 'http://localhost:9084/hotel', scope: 'b', line: 2, expression: '${HOTEL_URL:${HOTEL_BASE:http://localhost:9084}/hotel}' },
      { key: 'plain', value: 'http://x:1', scope: 'b', line: 3 },
    ]);
  });

  it('carries no expression for a masked value', async () => {
    const facts = bindings(await read(springConfigSource, 'b/src/main/resources/META-INF/microprofile-config.properties', 'db.password=${DB_PASSWORD:CANARY-SECRET-unit}\n'));
    expect(facts).toHaveLength(1);
    expect(JSON.stringify(facts)).not.toContain('CANARY');
  });
});

describe('Open Liberty server.xml', () => {
  it.each([
    ['booking/src/main/liberty/config/server.xml', true],
    ['booking/src/main/liberty/config/configDropins/overrides/env.xml', true],
    ['booking/src/test/liberty/server.xml', false],
    ['booking/pom.xml', false],
  ])('%s is read: %s', (path, accepted) => {
    expect(libertyServerSource.accepts(path)).toBe(accepted);
  });

  it('binds variables for the module: a value outright, a defaultValue as a fallback, an expression beside its value', async () => {
    const text = [
      '<?xml version="1.0" encoding="UTF-8"?>', //                                   1
      '<server description="booking">', //                                          2
      '  <featureManager><feature>microProfile-6.1</feature></featureManager>', //  3
      '  <variable name="customerClient/mp-rest/url" value="http://customer:9080/customer"/>', // 4
      '  <variable name="mongo.host" defaultValue="booking-mongo"/>', //            5
      '  <!-- <variable name="old.url" value="http://legacy:9080"/> -->', //        6
      "  <variable name='flight.url'", //                                           7
      "            value='http://${flight.host}:9080/a?b=1&amp;c=2'/>", //          8
      '  <variable name="empty" value=""/>', //                                     9
      '</server>', //                                                               10
    ].join('\n');
    expect(bindings(await read(libertyServerSource, 'booking/src/main/liberty/config/server.xml', text))).toEqual([
      { key: 'customerClient/mp-rest/url', value: 'http://customer:9080/customer', scope: 'booking', line: 4 },
      { key: 'mongo.host', value: 'booking-mongo', scope: 'booking', line: 5, fallback: true },
      { key: 'flight.url', value: 'http://${flight.host}:9080/a?b=1&c=2', scope: 'booking', line: 7, expression: 'http://${flight.host}:9080/a?b=1&c=2' },
    ]);
  });

  it('reads nothing from an XML file that is not a server configuration', async () => {
    expect(await read(libertyServerSource, 'web/server.xml', '<Server port="8005"><variable name="x" value="http://a:1"/></Server>')).toEqual([]);
  });

  it('lexes start tags past comments, CDATA and unquoted attributes', () => {
    const tags = startTags('<a x="1"><!-- <b/> --><![CDATA[<c/>]]><d y=2 z="3"/>\n<e/></a>');
    expect(tags.map((tag) => [tag.name, Object.fromEntries(tag.attributes), tag.line])).toEqual([
      ['a', { x: '1' }, 1],
      ['d', {}, 1],
      ['e', {}, 2],
    ]);
  });

  it('server.env is the environment of the module Liberty runs', async () => {
    expect(bindings(await read(envFileSource, 'booking/src/main/liberty/config/server.env', 'FLIGHT_SERVICE=flight:9080/flight\n'))).toEqual([{ key: 'FLIGHT_SERVICE', value: 'flight:9080/flight', scope: 'booking', line: 1 }]);
  });
});

/** A compose file running `booking` (built from ./booking) with the given environment, and its backends. */
function compose(environment: Record<string, string>): string {
  const env = Object.entries(environment).map(([key, value]) => `      ${key}: "${value}"\n`).join('');
  return `services:\n  booking:\n    build: ./booking\n${env ? `    environment:\n${env}` : ''}  customer:\n    image: acme/customer:1\n  flight:\n    image: acme/flight:1\n  hotel:\n    image: acme/hotel:1\n  booking-mongo:\n    image: mongo:7\n`;
}

const JAVA = 'booking/src/main/java/com/acme/booking';
const CUSTOMER_CLIENT = `package com.acme.booking;\n\nimport org.eclipse.microprofile.rest.client.inject.RegisterRestClient;\n\n@RegisterRestClient(configKey = "customerClient")\npublic interface CustomerClient {\n  String list();\n}\n`;
const FLIGHT_CLIENT = `package com.acme.booking;\n\nimport org.eclipse.microprofile.rest.client.inject.RegisterRestClient;\n\n@RegisterRestClient\npublic interface FlightClient {\n  String flights();\n}\n`;
const MONGO = `package com.acme.booking;\n\nimport com.mongodb.client.MongoClient;\nimport com.mongodb.client.MongoClients;\nimport javax.inject.Inject;\nimport org.eclipse.microprofile.config.inject.ConfigProperty;\n\npublic class MongoProducer {\n  @Inject\n  @ConfigProperty(name = "mongo.host", defaultValue = "localhost")\n  String mongoHost;\n\n  public MongoClient create() {\n    return MongoClients.create("mongodb://" + mongoHost + ":27017");\n  }\n}\n`;
const MP_CONFIG = 'booking/src/main/resources/META-INF/microprofile-config.properties';

const CASES: [string, Record<string, string>, string[]][] = [
  [
    'a client by config key, overridden from compose by MicroProfile\'s environment mapping',
    { [`${JAVA}/CustomerClient.java`]: CUSTOMER_CLIENT, [MP_CONFIG]: 'customerClient/mp-rest/url=http://localhost:9082/customer\n', 'docker-compose.yml': compose({ CUSTOMERCLIENT_MP_REST_URL: 'http://customer:9080/customer' }) },
    ['booking -> customer'],
  ],
  [
    'a client by config key with nothing overriding its local URL makes no edge',
    { [`${JAVA}/CustomerClient.java`]: CUSTOMER_CLIENT, [MP_CONFIG]: 'customerClient/mp-rest/url=http://localhost:9082/customer\n', 'docker-compose.yml': compose({}) },
    [],
  ],
  [
    'a client by config key set only in the environment, in the Quarkus form',
    { [`${JAVA}/CustomerClient.java`]: CUSTOMER_CLIENT, 'docker-compose.yml': compose({ QUARKUS_REST_CLIENT_CUSTOMERCLIENT_URL: 'http://customer:9080' }) },
    ['booking -> customer'],
  ],
  [
    'a client by its interface name, its URL an expression whose variable compose sets',
    { [`${JAVA}/FlightClient.java`]: FLIGHT_CLIENT, [MP_CONFIG]: 'com.acme.booking.FlightClient/mp-rest/url=http://${FLIGHT_SERVICE:localhost:9083/flight}\n', 'docker-compose.yml': compose({ FLIGHT_SERVICE: 'flight:9080/flight' }) },
    ['booking -> flight'],
  ],
  [
    'a variable another service is given does not beat the expression\'s default',
    {
      [`${JAVA}/FlightClient.java`]: FLIGHT_CLIENT,
      [MP_CONFIG]: 'com.acme.booking.FlightClient/mp-rest/url=http://${FLIGHT_SERVICE:localhost:9083/flight}\n',
      'docker-compose.yml': `${compose({})}  reports:\n    image: acme/reports:1\n    environment:\n      FLIGHT_SERVICE: flight:9080/flight\n`,
    },
    [],
  ],
  [
    'a client by its interface name in the quoted Quarkus form, the URL in server.xml',
    {
      [`${JAVA}/FlightClient.java`]: FLIGHT_CLIENT,
      'booking/src/main/liberty/config/server.xml': '<server>\n  <variable name="quarkus.rest-client.&quot;com.acme.booking.FlightClient&quot;.url" value="http://flight:9080"/>\n</server>\n',
      'docker-compose.yml': compose({}),
    },
    ['booking -> flight'],
  ],
  [
    'a nested expression: the inner variable set in Liberty\'s server.env',
    {
      [`${JAVA}/HotelClient.java`]: `package com.acme.booking;\n\nimport org.eclipse.microprofile.rest.client.inject.RegisterRestClient;\n\n@RegisterRestClient(configKey = "hotels")\npublic interface HotelClient {}\n`,
      [MP_CONFIG]: 'mp.rest-client.hotels.url=${HOTEL_URL:${HOTEL_BASE:http://localhost:9084}/hotel}\n',
      'booking/src/main/liberty/config/server.env': 'HOTEL_BASE=http://hotel:9080\n',
      'docker-compose.yml': compose({}),
    },
    ['booking -> hotel'],
  ],
  [
    '@ConfigProperty with a local default, the host set in compose',
    { [`${JAVA}/MongoProducer.java`]: MONGO, [MP_CONFIG]: 'mongo.db=bookings\n', 'docker-compose.yml': compose({ MONGO_HOST: 'booking-mongo' }) },
    ['booking -> booking-mongo'],
  ],
  [
    '@ConfigProperty set by a server.xml variable',
    { [`${JAVA}/MongoProducer.java`]: MONGO, 'booking/src/main/liberty/config/server.xml': '<server>\n  <variable name="mongo.host" defaultValue="booking-mongo"/>\n</server>\n', 'docker-compose.yml': compose({}) },
    ['booking -> booking-mongo'],
  ],
  [
    '@ConfigProperty with its default only',
    { [`${JAVA}/MongoProducer.java`]: MONGO.replace('defaultValue = "localhost"', 'defaultValue = "booking-mongo"'), 'docker-compose.yml': compose({}) },
    ['booking -> booking-mongo'],
  ],
];

let root: string;
const previousWorkers = process.env['PATCHBAY_SCAN_WORKERS'];
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'patchbay-microprofile-'));
  process.env['PATCHBAY_SCAN_WORKERS'] = '0';
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  if (previousWorkers === undefined) delete process.env['PATCHBAY_SCAN_WORKERS'];
  else process.env['PATCHBAY_SCAN_WORKERS'] = previousWorkers;
});

describe('MicroProfile services scanned', () => {
  it.each(CASES)('%s', async (name, files, expected) => {
    const folder = join(root, name.replace(/\W+/g, '-').slice(0, 50));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), text);
    }
    const result = await scanPaths([folder]);
    expect(result.integrations.map((edge) => `${edge.source} -> ${edge.target}`)).toEqual(expected);
  });
});
