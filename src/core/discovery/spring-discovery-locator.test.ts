import { describe, expect, it } from 'vitest';
import { discoversIn, isLocatorKey, locatorEnabled, locatorRoutes, registersWith, registryOfKey, type RegistryClient, type RegistryKind } from './spring-discovery-locator.js';

const settings = (values: Record<string, string>) => (key: string): string | undefined => values[key];

describe('Spring Cloud Gateway discovery locator', () => {
  it.each<[string, RegistryKind | undefined]>([
    ['spring.cloud.consul.discovery.instance-id', 'consul'],
    ['spring.cloud.consul.host', 'consul'],
    ['SPRING_CLOUD_CONSUL_HOST', 'consul'],
    ['eureka.client.service-url.defaultZone', 'eureka'],
    ['EUREKA_CLIENT_SERVICEURL_DEFAULTZONE', 'eureka'],
    ['eureka.instance.prefer-ip-address', 'eureka'],
    ['eureka.server.enable-self-preservation', undefined],
    ['spring.cloud.gateway.discovery.locator.enabled', undefined],
    ['spring.datasource.url', undefined],
  ])('registryOfKey(%s)', (key, kind) => {
    expect(registryOfKey(key)).toBe(kind);
  });

  it.each<[string, boolean]>([
    ['spring.cloud.gateway.discovery.locator.enabled', true],
    ['SPRING_CLOUD_GATEWAY_DISCOVERY_LOCATOR_ENABLED', true],
    ['spring.cloud.gateway.server.webflux.discovery.locator.enabled', true],
    ['spring.cloud.gateway.discovery.locator.lower-case-service-id', false],
  ])('isLocatorKey(%s)', (key, expected) => {
    expect(isLocatorKey(key)).toBe(expected);
  });

  it.each<[string, Record<string, string>, boolean]>([
    ['on', { 'spring.cloud.gateway.discovery.locator.enabled': 'true' }, true],
    ['on in the newer webflux key', { 'spring.cloud.gateway.server.webflux.discovery.locator.enabled': ' TRUE ' }, true],
    ['off', { 'spring.cloud.gateway.discovery.locator.enabled': 'false' }, false],
    ['unset (the default)', {}, false],
  ])('locatorEnabled: %s', (_, values, expected) => {
    expect(locatorEnabled(settings(values))).toBe(expected);
  });

  it.each<[string, RegistryKind, Record<string, string>, boolean, boolean]>([
    ['a Consul client, nothing switched off', 'consul', {}, true, true],
    ['Consul discovery switched off', 'consul', { 'spring.cloud.consul.discovery.enabled': 'false' }, false, false],
    ['Consul switched off', 'consul', { 'spring.cloud.consul.enabled': 'false' }, false, false],
    ['registration off, lookups on', 'consul', { 'spring.cloud.consul.discovery.register': 'false' }, false, true],
    ['auto-registration off', 'eureka', { 'spring.cloud.service-registry.auto-registration.enabled': 'false' }, false, true],
    ['Eureka client off', 'eureka', { 'eureka.client.enabled': 'false' }, false, false],
    ['not registering with Eureka', 'eureka', { 'eureka.client.register-with-eureka': 'false' }, false, true],
    ['discovery switched off for every registry', 'eureka', { 'spring.cloud.discovery.enabled': 'false' }, false, false],
    ['a switch on', 'consul', { 'spring.cloud.consul.discovery.enabled': 'true' }, true, true],
  ])('%s', (_, kind, values, registers, discovers) => {
    expect(registersWith(kind, settings(values))).toBe(registers);
    expect(discoversIn(kind, settings(values))).toBe(discovers);
  });
});

describe('locatorRoutes', () => {
  const ON = { 'spring.cloud.gateway.discovery.locator.enabled': 'true' };
  const client = (component: string, kinds: RegistryKind[], values: Record<string, string> = {}): RegistryClient<string> => ({ component, kinds: new Set(kinds), setting: settings(values) });
  it.each<[string, RegistryClient<string>, RegistryClient<string>[], string[]]>([
    ['every other service of the same registry', client('gateway', ['consul'], ON), [client('gateway', ['consul'], ON), client('store', ['consul']), client('invoice', ['consul'])], ['store', 'invoice']],
    ['not one registering with another registry', client('gateway', ['consul'], ON), [client('store', ['eureka'])], []],
    ['not one whose registration is off', client('gateway', ['eureka'], ON), [client('store', ['eureka'], { 'eureka.client.register-with-eureka': 'false' })], []],
    ['none when the locator is off', client('gateway', ['consul']), [client('store', ['consul'])], []],
    ['none when the gateway’s discovery client is off', client('gateway', ['consul'], { ...ON, 'spring.cloud.consul.discovery.enabled': 'false' }), [client('store', ['consul'])], []],
  ])('%s', (_, gateway, services, expected) => {
    expect(locatorRoutes(gateway, services)).toEqual(expected);
  });
});
