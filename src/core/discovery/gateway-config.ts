/**
 * Who runs a proxy's or gateway's configuration file. An nginx `default.conf`, a Kong `kong.yml`
 * or an `haproxy.cfg` is data for that product's process: its routes are calls of the component
 * running the product with the file, not of whichever deployable's folder holds it. Resolution
 * asks this for every connection a gateway source found in a file naming no component
 * (ConnectionFact.gatewayConfig), given the components whose folder holding the file is deepest
 * (several when one codebase is run as several deployables).
 *
 * - Those among them running the product (its image, a Dockerfile `FROM` it) make the routes.
 * - Otherwise, a product whose configuration a CLI applies to the running server (Hasura's
 *   metadata) is the one server's the files deploy running it, and nobody's when they deploy several;
 *   when they deploy none recognisably (a mirrored or private build of the image), the deployable
 *   whose environment sets the variables the configuration reads (engine-environment.ts).
 * - Otherwise, a product that only ever runs in its own container (Kong) makes none there: a
 *   `kong.yml` beside application code that no Kong mounts is a leftover, not a route.
 * - Otherwise, the one component holding the folder makes them (nginx inside a front end's own
 *   image, built from that folder); a codebase several deployables share makes none (a
 *   `deploy/nginx-dev/` config in a repository whose image every service runs is no service's).
 * - API management products' definitions (Gravitee, Tyk, KrakenD) are imported into the gateway
 *   from wherever they sit, so no holder running the product hands them to the deployables of the
 *   whole scan running it (api-definitions.ts), never to the holder.
 *
 * Pure: no I/O.
 */

import { definitionRunners } from './api-definitions.js';
import { runnerByEnvironment } from './engine-environment.js';

/** The products as their images name them (images.ts), for ConnectionFact.gatewayConfig. */
export const GATEWAY_PRODUCTS = {
  nginx: 'NGINX',
  kong: 'Kong',
  haproxy: 'HAProxy',
  envoy: 'Envoy',
  caddy: 'Caddy',
  traefik: 'Traefik',
  apache: 'Apache httpd',
  gravitee: 'Gravitee API Gateway',
  tyk: 'Tyk',
  krakend: 'KrakenD',
  hasura: 'Hasura GraphQL Engine',
} as const;

/** Products whose definitions reach the gateway from anywhere in the repository (api-definitions.ts). */
const LOADED_FROM_ANYWHERE = new Set<string>([GATEWAY_PRODUCTS.gravitee, GATEWAY_PRODUCTS.tyk, GATEWAY_PRODUCTS.krakend].map((product) => product.toLowerCase()));

/** Products whose configuration no application image loads: only a component running the product does. */
const OWN_CONTAINER_ONLY = new Set<string>([GATEWAY_PRODUCTS.kong.toLowerCase(), GATEWAY_PRODUCTS.hasura.toLowerCase()]);

/**
 * Products whose configuration is applied to the running server by a CLI rather than mounted (the
 * Hasura CLI's `metadata apply`): held by no deployable, it is the one server's the files deploy.
 */
const APPLIED_REMOTELY = new Set<string>([GATEWAY_PRODUCTS.hasura.toLowerCase()]);

/** A component that may hold a configuration file. */
export interface ConfigHolder {
  key: string;
  technology?: string;
  /** Other names it answers to (a compose service running Kong answers to `kong`). */
  names?: readonly string[];
  /** Its system kind (`application`, `gateway`, `database`…), when known. */
  kind?: string;
  /** The names of the variables its deployment sets, for products configured remotely. */
  environment?: ReadonlySet<string>;
}

/** The holders, each key once (the first of its spellings). */
export function uniqueHolders(holders: readonly ConfigHolder[]): ConfigHolder[] {
  return [...new Map(holders.map((holder) => [holder.key, holder])).values()];
}

/** Whether a component runs a product: its technology is the product's, or it answers to the product's own name. */
export function runsProduct(holder: ConfigHolder, product: string): boolean {
  const wanted = product.toLowerCase();
  return holder.technology?.toLowerCase() === wanted || (OWN_CONTAINER_ONLY.has(wanted) && (holder.names ?? []).some((name) => name.toLowerCase() === wanted));
}

/**
 * The keys of the components making a configuration file's connections, of those holding its
 * folder deepest. `everyone` gives every deployed component of the scan: for products loaded
 * from anywhere, those running them; for a product configured remotely (Hasura's metadata, applied
 * by its CLI), the one running it, else the one whose environment sets most of the variables
 * `reads` names.
 */
export function gatewayConfigRunners(product: string, holders: readonly ConfigHolder[], everyone: () => readonly ConfigHolder[] = () => [], reads: readonly string[] = []): string[] {
  const unique = uniqueHolders(holders);
  const running = unique.filter((holder) => runsProduct(holder, product));
  if (running.length > 0) return running.map((holder) => holder.key);
  if (LOADED_FROM_ANYWHERE.has(product.toLowerCase())) return definitionRunners(product, everyone());
  if (APPLIED_REMOTELY.has(product.toLowerCase())) {
    const deployed = everyone();
    const servers = uniqueHolders(deployed).filter((holder) => runsProduct(holder, product));
    if (servers.length === 0) return runnerByEnvironment(reads, deployed);
    return servers.length === 1 && servers[0] ? [servers[0].key] : [];
  }
  if (OWN_CONTAINER_ONLY.has(product.toLowerCase())) return [];
  const [only] = unique;
  return unique.length === 1 && only ? [only.key] : [];
}
