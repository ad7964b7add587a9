/**
 * SmallRye Stork, the service discovery Quarkus clients use: a REST client's URL
 * `stork://champion-pool/api` and a gRPC client with `quarkus.grpc.clients.<name>.name-resolver=stork`
 * (whose `host` is then the Stork service's name) reach the instances Stork's discovery of that
 * service lists, configured as `quarkus.stork.<service>.service-discovery.type`:
 * - `static`: `address-list=host:port,host:port`, of which the first names the system;
 * - `kubernetes`, `consul`, `eureka`: the service registered as `application` (default: the Stork
 *   service's own name), found by that name like any host;
 * - `dns`: the `hostname` looked up (default: the Stork service's name).
 * Any other type (a custom one) names nothing the files can tell. Pure: the caller looks keys up,
 * as the component's configuration binds them (a `%dev` profile's static list is never bound).
 */

/** `stork://service/path` and `storks://` (TLS). */
const STORK_URL = /^storks?:\/\/([^/?#]+)(.*)$/i;

/** A Quarkus gRPC client's host setting (the key @GrpcClient connections carry). */
const GRPC_CLIENT_HOST = /^quarkus\.grpc\.clients\.("?)([^"]+)\1\.host$/i;

/** The setting of a Stork service, under Quarkus's prefix or Stork's own (`stork.<service>.…`). */
function storkSetting(service: string, name: string, setting: (key: string) => string | undefined): string | undefined {
  const value = setting(`quarkus.stork.${service}.service-discovery.${name}`) ?? setting(`stork.${service}.service-discovery.${name}`);
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

/** The address (a host, or `host:port`) Stork's discovery gives for a service, or undefined when its configuration names none. */
export function storkServiceAddress(service: string, setting: (key: string) => string | undefined): string | undefined {
  const type = storkSetting(service, 'type', setting)?.toLowerCase();
  if (type === 'static') return storkSetting(service, 'address-list', setting)?.split(',')[0]?.trim() || undefined;
  if (type === 'kubernetes' || type === 'consul' || type === 'eureka') return storkSetting(service, 'application', setting) ?? service;
  if (type === 'dns') return storkSetting(service, 'hostname', setting) ?? service;
  return undefined;
}

/**
 * The address a client reaches given the value bound to its key: a `stork://` URL becomes the
 * instance Stork finds (keeping its path, over http or https), the host of a gRPC client resolved
 * by Stork the service's instance; anything else is the value itself. Undefined when Stork is used
 * but its configuration names no instance (the Stork service's name is no host).
 */
export function throughStork(key: string | undefined, value: string, setting: (key: string) => string | undefined): string | undefined {
  const url = STORK_URL.exec(value.trim());
  if (url) {
    const address = storkServiceAddress(url[1] as string, setting);
    if (address === undefined) return undefined;
    return `${/^storks:/i.test(value.trim()) ? 'https' : 'http'}://${address}${url[2] ?? ''}`;
  }
  const client = key !== undefined ? GRPC_CLIENT_HOST.exec(key)?.[2] : undefined;
  if (client === undefined || setting(`quarkus.grpc.clients.${client}.name-resolver`)?.trim().toLowerCase() !== 'stork') return value;
  return storkServiceAddress(value.trim(), setting);
}
