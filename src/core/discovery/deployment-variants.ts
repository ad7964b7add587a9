/**
 * One component deployed in several alternative ways: the same service in
 * `compose/pg/docker-compose.yml` (`STORE_KIND=pg`), `compose/kafka/docker-compose.yml`
 * (`STORE_KIND=kafka`) and a Kubernetes manifest (`STORE_KIND=search`). Each deployment is one way
 * the component runs, and a branch of its code chosen by the setting runs in the deployment choosing
 * it: the branch is the component's as soon as one of the values its deployments give passes
 * (conditions.ts tests one value; here every variant's is tried).
 *
 * Addresses are not read this way: a connection's target is the one value lookup finds.
 */
import type { FactCondition } from './facts.js';
import { conditionHolds } from './conditions.js';

/** The values one setting has for a component: one per deployment variant, without repeats. */
export type SettingValues = (key: string) => readonly string[];

/**
 * Whether code under these conditions may run in one of the component's deployments: each
 * condition holds for one of its setting's values (or, none known, is kept: either branch may run). A fallback key is read only when the key has no value; a setting read without a default
 * (`unsetIsEmpty`) is empty where nothing binds it, and one read with a default stated in code takes it (`unsetValue`). With one value per key, this is the single
 * deployment's answer.
 */
export function branchMayRunInVariants(conditions: readonly FactCondition[] | undefined, valuesOf: SettingValues): boolean {
  return (conditions ?? []).every((condition) => {
    let values: readonly (string | undefined)[] = valuesOf(condition.key);
    if (values.length === 0 && condition.fallbackKey !== undefined) values = valuesOf(condition.fallbackKey);
    if (values.length === 0) values = [condition.unsetValue ?? (condition.unsetIsEmpty ? '' : undefined)];
    return values.some((value) => conditionHolds(condition, value) !== false);
  });
}

/** A binding as far as choosing variants goes: the file it is written in, and its value. */
export interface VariantBinding {
  file: string;
  value: string;
}

/**
 * The values a component's own bindings of one key give, one per file binding it (each a
 * deployment of the component), after the value lookup chose (`chosen`), each resolved by
 * `resolve` (a reference followed; undefined when it leads nowhere). Only when at least two files
 * bind the key: a single deployment's value is the one lookup finds.
 */
export function variantValues<B extends VariantBinding>(chosen: string | undefined, own: readonly B[], resolve: (binding: B) => string | undefined): string[] {
  const files = new Set(own.map((binding) => binding.file));
  const values = chosen !== undefined ? [chosen] : [];
  if (files.size < 2) return values;
  for (const file of files) {
    // The last binding of a file is the one its deployment keeps (a later `environment:` entry of the same key).
    const binding = own.filter((each) => each.file === file).pop() as B;
    const value = resolve(binding);
    if (value !== undefined && !values.includes(value)) values.push(value);
  }
  return values;
}
