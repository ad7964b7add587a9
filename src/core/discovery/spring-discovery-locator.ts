/**
 * Spring Cloud Gateway's discovery locator (`spring.cloud.gateway.discovery.locator.enabled: true`,
 * JHipster's gateways; `…server.webflux.discovery.locator.enabled` in newer releases) makes a route
 * for every service its discovery client finds in the registry (`/services/<service-id>/**` with
 * `lower-case-service-id`): the gateway calls each service that registers with the same registry
 * (Consul, Eureka), without naming any of them. The registry itself is control plane, never an edge.
 *
 * A service registers when its settings configure that registry's client (`spring.cloud.consul.*`,
 * `SPRING_CLOUD_CONSUL_HOST` in its deployment; `eureka.client.*`, `eureka.instance.*`,
 * `EUREKA_CLIENT_SERVICEURL_DEFAULTZONE`) and none of the switches below turns registration off
 * (`spring.cloud.consul.discovery.enabled: false`, `eureka.client.register-with-eureka: false`).
 *
 * Pure: resolution (resolve.ts) says which settings each component has and what they are.
 */

/** The registries whose clients Spring Cloud configures by settings. */
export type RegistryKind = 'consul' | 'eureka';

/** The settings turning the locator on, one of which is enough. */
export const LOCATOR_ENABLED_KEYS = ['spring.cloud.gateway.discovery.locator.enabled', 'spring.cloud.gateway.server.webflux.discovery.locator.enabled'];

/** A key in Spring's relaxed form, dotted and lower case: `SPRING_CLOUD_CONSUL_HOST` and `spring.cloud.consul.host` alike, dashes dropped. */
function relaxed(key: string): string {
  return key.toLowerCase().replace(/-/g, '').replace(/_/g, '.');
}

/** Whether a setting's key is one of the locator's switches (in any relaxed spelling). */
export function isLocatorKey(key: string): boolean {
  const canonical = relaxed(key);
  return LOCATOR_ENABLED_KEYS.some((each) => relaxed(each) === canonical);
}

/** The registry whose client a setting configures (`spring.cloud.consul.discovery.instance-id` → consul), if one. */
export function registryOfKey(key: string): RegistryKind | undefined {
  const canonical = relaxed(key);
  if (/^spring\.cloud\.consul\./.test(canonical)) return 'consul';
  if (/^eureka\.(?:client|instance)\./.test(canonical)) return 'eureka';
  return undefined;
}

/** The switches turning a service's discovery client off, by registry: any of them `false` and the client finds nothing. */
const DISCOVERY_SWITCHES: Record<RegistryKind, string[]> = {
  consul: ['spring.cloud.discovery.enabled', 'spring.cloud.consul.enabled', 'spring.cloud.consul.discovery.enabled'],
  eureka: ['spring.cloud.discovery.enabled', 'eureka.client.enabled'],
};

/** The switches turning a service's own registration off (it may still look others up). */
const REGISTRATION_SWITCHES: Record<RegistryKind, string[]> = {
  consul: [...DISCOVERY_SWITCHES.consul, 'spring.cloud.consul.discovery.register', 'spring.cloud.service-registry.auto-registration.enabled'],
  eureka: [...DISCOVERY_SWITCHES.eureka, 'eureka.client.register-with-eureka', 'spring.cloud.service-registry.auto-registration.enabled'],
};

const isFalse = (value: string | undefined): boolean => value !== undefined && value.trim().toLowerCase() === 'false';

/** Whether a service with that registry's client registers with it, by its settings (`setting` answers the service's value of a key). */
export function registersWith(kind: RegistryKind, setting: (key: string) => string | undefined): boolean {
  return !REGISTRATION_SWITCHES[kind].some((key) => isFalse(setting(key)));
}

/** Whether a gateway with that registry's client looks services up in it. */
export function discoversIn(kind: RegistryKind, setting: (key: string) => string | undefined): boolean {
  return !DISCOVERY_SWITCHES[kind].some((key) => isFalse(setting(key)));
}

/** Whether a gateway's settings turn the discovery locator on. */
export function locatorEnabled(setting: (key: string) => string | undefined): boolean {
  return LOCATOR_ENABLED_KEYS.some((key) => setting(key)?.trim().toLowerCase() === 'true');
}

/** One application as the locator sees it: the registries whose clients its settings configure, and its settings. */
export interface RegistryClient<C> {
  component: C;
  kinds: ReadonlySet<RegistryKind>;
  setting: (key: string) => string | undefined;
}

/**
 * The services a gateway's locator routes to: every other one registering with a registry the
 * gateway looks services up in. None when the gateway's settings leave the locator off.
 */
export function locatorRoutes<C>(gateway: RegistryClient<C>, services: Iterable<RegistryClient<C>>): C[] {
  if (!locatorEnabled(gateway.setting)) return [];
  const kinds = [...gateway.kinds].filter((kind) => discoversIn(kind, gateway.setting));
  const routed: C[] = [];
  for (const service of services) {
    if (service.component === gateway.component) continue;
    if (kinds.some((kind) => service.kinds.has(kind) && registersWith(kind, service.setting))) routed.push(service.component);
  }
  return routed;
}
