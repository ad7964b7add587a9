/**
 * Which deployable runs a server whose configuration a CLI applies remotely (Hasura's metadata,
 * gateway-config.ts), when none is recognised by its image. Teams run the engine from a mirror or
 * a private build (`registry.acme.io/platform/gql-engine:v2.38`) and apply the metadata with
 * `hasura metadata apply`, so neither the image's name nor a mount says which container reads it.
 * The metadata still does: its `{{VAR}}` templates, `*_from_env` keys and databases' `from_env`
 * are filled from the engine's own environment, so the deployable whose environment (compose
 * `environment:`/`env_file`, a workload's env and the ConfigMaps it takes in) sets those variables
 * is the engine. A client of the engine sets one of them at most by coincidence (a shared
 * `INVENTORY_GRAPHQL_URL`), so the rule asks for at least two, and strictly more than any other
 * deployable: a tie names nobody.
 *
 * Pure: no I/O.
 */

import type { BindingFact, ConnectionFact } from './facts.js';

/** How many of the configuration's variables a deployable must set to be taken for its server. */
const MIN_SHARED = 2;

/** An environment variable's name, as the configuration's templates and `*_from_env` keys write one. */
const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A deployable and the names of the variables its deployment sets. */
export interface EnvironmentHolder {
  key: string;
  environment?: ReadonlySet<string>;
}

/**
 * The variables each product's configuration files read for their addresses, by product
 * (ConnectionFact.gatewayConfig), from the connections no component has been given yet.
 */
export function configurationReads(connections: readonly Pick<ConnectionFact, 'gatewayConfig' | 'component' | 'target'>[]): Map<string, string[]> {
  const reads = new Map<string, Set<string>>();
  for (const fact of connections) {
    const key = fact.target.key;
    if (fact.gatewayConfig === undefined || fact.component !== undefined || key === undefined || !VARIABLE.test(key)) continue;
    const product = fact.gatewayConfig.toLowerCase();
    reads.set(product, (reads.get(product) ?? new Set()).add(key));
  }
  return new Map([...reads].map(([product, keys]) => [product, [...keys].sort()]));
}

/**
 * The variable names each component's deployment sets, by component key: the bindings given to a
 * component (its compose `environment:`, its `env_file` and the ConfigMaps and Secrets it takes in,
 * copied to it before this runs), not a folder's settings files.
 */
export function componentEnvironments(bindings: readonly Pick<BindingFact, 'component' | 'key'>[], keyOf: (component: string) => string | undefined): Map<string, Set<string>> {
  const environments = new Map<string, Set<string>>();
  for (const binding of bindings) {
    if (binding.component === undefined || !VARIABLE.test(binding.key)) continue;
    const key = keyOf(binding.component);
    if (key === undefined) continue;
    environments.set(key, (environments.get(key) ?? new Set()).add(binding.key));
  }
  return environments;
}

/**
 * The one deployable whose environment sets the most of the variables a configuration reads: at
 * least two of them and more than any other, else nobody.
 */
export function runnerByEnvironment(reads: readonly string[], holders: readonly EnvironmentHolder[]): string[] {
  const wanted = new Set(reads);
  if (wanted.size < MIN_SHARED) return [];
  const counts = new Map<string, number>();
  for (const holder of holders) {
    const shared = [...(holder.environment ?? [])].filter((name) => wanted.has(name)).length;
    counts.set(holder.key, Math.max(counts.get(holder.key) ?? 0, shared));
  }
  const ranked = [...counts].sort((left, right) => right[1] - left[1]);
  const [best, next] = ranked;
  if (!best || best[1] < MIN_SHARED || (next !== undefined && next[1] === best[1])) return [];
  return [best[0]];
}
