import { describe, expect, it } from 'vitest';
import { equivalentKeys, expandExpression, restClientOf, withDefaults, type Found } from './property-expressions.js';

describe('withDefaults', () => {
  it.each([
    ['http://${FLIGHT_SERVICE:localhost:9083/flight}', 'http://localhost:9083/flight'],
    ['${HOTEL_URL:${HOTEL_BASE:http://localhost:9084}/hotel}', 'http://localhost:9084/hotel'],
    ['${DB_URL}', '${DB_URL}'],
    ['${a:}', ''],
    ['plain', 'plain'],
    ['${${computed}:x}', '${${computed}:x}'],
    // Micronaut quotes a default holding colons in backticks.
    ['${TRACKING_URL:`http://localhost:8083`}', 'http://localhost:8083'],
    ['${KAFKA:`localhost:9092`}/x', 'localhost:9092/x'],
  ])('%s → %s', (written, expected) => {
    expect(withDefaults(written)).toBe(expected);
  });
});

describe('expandExpression', () => {
  const env = (bindings: Record<string, [string, number]>) => (name: string, hasDefault: boolean): Found<string> | undefined => {
    const bound = bindings[name];
    if (!bound || (bound[1] < 0.85 && hasDefault)) return undefined;
    return { value: bound[0], confidence: bound[1], evidence: name };
  };
  it.each<[string, string, Record<string, [string, number]>, { value: string; confidence: number; evidence: string[] } | undefined]>([
    ['a bound name replaces its default', 'http://${FLIGHT_SERVICE:localhost:9083/flight}', { FLIGHT_SERVICE: ['flight:9080/flight', 0.85] }, { value: 'http://flight:9080/flight', confidence: 0.85, evidence: ['FLIGHT_SERVICE'] }],
    ['nothing bound: no answer (the defaults already are)', 'http://${FLIGHT_SERVICE:localhost:9083}', {}, undefined],
    ['a nested name in the default', '${HOTEL_URL:${HOTEL_BASE:http://localhost:9084}/hotel}', { HOTEL_BASE: ['http://hotel:9080', 0.85] }, { value: 'http://hotel:9080/hotel', confidence: 0.85, evidence: ['HOTEL_BASE'] }],
    ['the outer name wins over the nested one', '${HOTEL_URL:${HOTEL_BASE:x}/hotel}', { HOTEL_URL: ['http://h:1', 0.85], HOTEL_BASE: ['http://b:2', 0.85] }, { value: 'http://h:1', confidence: 0.85, evidence: ['HOTEL_URL'] }],
    ['a guess does not beat a default', 'http://${FLIGHT_SERVICE:localhost:9083}', { FLIGHT_SERVICE: ['flight:9080', 0.6] }, undefined],
    ['a guess fills a name without a default', 'http://${FLIGHT_SERVICE}/x', { FLIGHT_SERVICE: ['flight:9080', 0.6] }, { value: 'http://flight:9080/x', confidence: 0.6, evidence: ['FLIGHT_SERVICE'] }],
    ['several names', '${SCHEME:http}://${HOST:localhost}:${PORT:80}', { HOST: ['cart', 0.85], PORT: ['8080', 0.85] }, { value: 'http://cart:8080', confidence: 0.85, evidence: ['HOST', 'PORT'] }],
  ])('%s', (_name, written, bindings, expected) => {
    expect(expandExpression(written, env(bindings))).toEqual(expected);
  });
});

describe('REST client settings', () => {
  it.each([
    ['customerClient/mp-rest/url', 'customerClient'],
    ['com.acme.CustomerClient/mp-rest/uri', 'com.acme.CustomerClient'],
    ['quarkus.rest-client.customer-api.url', 'customer-api'],
    ['quarkus.rest-client."com.acme.CustomerClient".url', 'com.acme.CustomerClient'],
    ['mp.rest-client.customer.url', 'customer'],
    ['customerClient/mp-rest/scope', undefined],
    ['quarkus.rest-client.customer.connect-timeout', undefined],
    ['spring.datasource.url', undefined],
  ])('%s is the client %s', (key, client) => {
    expect(restClientOf(key)).toBe(client);
  });

  it('names every form of a client\'s URL', () => {
    expect(equivalentKeys('customerClient/mp-rest/url')).toEqual([
      'customerClient/mp-rest/url',
      'customerClient/mp-rest/uri',
      'quarkus.rest-client.customerClient.url',
      'quarkus.rest-client.customerClient.uri',
      'mp.rest-client.customerClient.url',
    ]);
    expect(equivalentKeys('quarkus.rest-client."com.acme.Client".url')).toContain('com.acme.Client/mp-rest/url');
    expect(equivalentKeys('spring.datasource.url')).toEqual(['spring.datasource.url']);
  });

  it('names a Micronaut HTTP service\'s URL by `url` and by the first of its `urls`', () => {
    const forms = ['micronaut.http.services.pricing-service.url', 'micronaut.http.services.pricing-service.urls[0]', 'micronaut.http.services.pricing-service.urls'];
    for (const form of forms) expect(equivalentKeys(form).sort()).toEqual([...forms].sort());
  });
});
