import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type BindingFact, type ComponentFact, type Fact } from './facts.js';
import { resolveFacts } from './resolve.js';

/** A module built from its folder by a compose service of the same name. */
const service = (name: string): ComponentFact[] => [
  { type: 'component', name, kind: 'application', root: name, project: true, evidence: { file: `${name}/pom.xml`, line: 1, excerpt: '' }, confidence: CONFIDENCE.weak },
  { type: 'component', name, kind: 'application', root: name, evidence: { file: 'docker-compose.yml', line: 3, excerpt: `${name}:` }, confidence: CONFIDENCE.literal },
];
/** A setting of a module's `config/application[-profile].yml`. */
const setting = (module: string, key: string, value: string, profile?: string): BindingFact => ({
  type: 'binding',
  scope: module,
  key,
  value,
  ...(profile !== undefined ? { profile } : {}),
  evidence: { file: `${module}/src/main/resources/config/application${profile !== undefined ? `-${profile}` : ''}.yml`, line: 4, excerpt: `${key}: ${value}` },
});
/** What the deployment sets for a compose service. */
const deployment = (component: string, key: string, value: string): BindingFact => ({ type: 'binding', component, key, value, evidence: { file: 'docker-compose.yml', line: 9, excerpt: `${key}=${value}` } });

const LOCATOR = 'spring.cloud.gateway.discovery.locator.enabled';
const consul = (module: string, profile?: string): BindingFact => setting(module, 'spring.cloud.consul.discovery.instance-id', `${module}:1`, profile);
const edges = (facts: Fact[]): string[] => resolveFacts(facts).integrations.map((item) => `${item.source} -> ${item.target} (${item.mechanism})`);

describe('Spring Cloud Gateway discovery locator', () => {
  it.each<[string, Fact[], string[]]>([
    ['routes to every service registering with the same registry', [...service('gateway'), ...service('store'), ...service('invoice'), setting('gateway', LOCATOR, 'true'), consul('gateway'), consul('store'), deployment('invoice', 'SPRING_CLOUD_CONSUL_HOST', 'consul')], ['gateway -> store (rest)', 'gateway -> invoice (rest)']],
    ['the newer webflux key, Eureka on both sides', [...service('gateway'), ...service('store'), setting('gateway', 'spring.cloud.gateway.server.webflux.discovery.locator.enabled', 'true'), setting('gateway', 'eureka.client.service-url.defaultZone', 'http://registry:8761/eureka'), deployment('store', 'EUREKA_CLIENT_SERVICEURL_DEFAULTZONE', 'http://registry:8761/eureka')], ['gateway -> store (rest)']],
    ['not a service whose registration is switched off', [...service('gateway'), ...service('store'), ...service('reporting'), setting('gateway', LOCATOR, 'true'), consul('gateway'), consul('store'), consul('reporting'), setting('reporting', 'spring.cloud.consul.discovery.enabled', 'false')], ['gateway -> store (rest)']],
    ['switched off by the deployment', [...service('gateway'), ...service('store'), setting('gateway', LOCATOR, 'true'), consul('gateway'), consul('store'), deployment('store', 'SPRING_CLOUD_CONSUL_DISCOVERY_REGISTER', 'false')], []],
    ['not a service of another registry', [...service('gateway'), ...service('store'), setting('gateway', LOCATOR, 'true'), consul('gateway'), setting('store', 'eureka.client.service-url.defaultZone', 'http://registry:8761/eureka')], []],
    ['no route while the locator is off', [...service('gateway'), ...service('store'), setting('gateway', LOCATOR, 'false'), consul('gateway'), consul('store')], []],
    ['a locator only a developer profile turns on', [...service('gateway'), ...service('store'), setting('gateway', LOCATOR, 'true', 'dev'), deployment('gateway', 'SPRING_PROFILES_ACTIVE', 'prod,api-docs'), consul('gateway'), consul('store')], []],
    [
      "not a service only a developer's Compose file in `src/main/docker/` runs",
      [
        ...service('gateway'), ...service('store'), setting('gateway', LOCATOR, 'true'), consul('gateway'), consul('store'),
        { type: 'component', name: 'control-center', kind: 'application', evidence: { file: 'gateway/src/main/docker/jhipster-control-center.yml', line: 3, excerpt: 'jhipster-control-center:' }, confidence: CONFIDENCE.literal },
        { type: 'binding', component: 'control-center', key: 'SPRING_CLOUD_CONSUL_HOST', value: 'host.docker.internal', evidence: { file: 'gateway/src/main/docker/jhipster-control-center.yml', line: 9, excerpt: '' } },
      ],
      ['gateway -> store (rest)'],
    ],
    ['a registry client only a developer profile configures', [...service('gateway'), ...service('store'), setting('gateway', LOCATOR, 'true'), consul('gateway'), consul('store', 'dev'), deployment('store', 'SPRING_PROFILES_ACTIVE', 'prod')], []],
  ])('%s', (_, facts, expected) => {
    expect(edges(facts).sort()).toEqual(expected.sort());
  });
});
