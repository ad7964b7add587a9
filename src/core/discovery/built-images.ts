/**
 * A compose service built from a Dockerfile of the scan runs the image that file makes. A
 * Dockerfile whose final stage is a datastore or broker image (`FROM mongo:7`, `FROM rabbitmq`)
 * makes a component of that kind named after its folder (sources/config/dockerfile.ts); the
 * service building it (`cabin-store: { build: ./infra/mongo }`) is that system, under the
 * service's name, so that its dependants' depends_on and connections reach a database or a
 * broker, and no second system is made of the folder.
 */
import type { ComponentFact, Fact } from './facts.js';

/** Whether a component fact is the one a Dockerfile makes of itself. */
function madeByDockerfile(fact: ComponentFact): boolean {
  return fact.dockerfile !== undefined && fact.dockerfile === fact.evidence.file;
}

/**
 * The facts with each Dockerfile's own component renamed after the services building it (one copy
 * each). A one-shot job built from it (a seed running `mongoimport` in the database's image) is a
 * client of that product, not a server: it takes no copy, and the folder makes no system of its own.
 */
export function withBuiltImages(facts: readonly Fact[]): Fact[] {
  const builders = new Map<string, string[]>();
  for (const fact of facts) {
    if (fact.type !== 'component' || fact.dockerfile === undefined || madeByDockerfile(fact)) continue;
    const names = builders.get(fact.dockerfile) ?? [];
    if (!fact.runsOnce && !names.includes(fact.name)) names.push(fact.name);
    builders.set(fact.dockerfile, names);
  }
  if (builders.size === 0) return [...facts];
  return facts.flatMap((fact): Fact[] => {
    if (fact.type !== 'component' || !madeByDockerfile(fact)) return [fact];
    const names = builders.get(fact.dockerfile as string);
    return names === undefined ? [fact] : names.map((name) => ({ ...fact, name }));
  });
}
