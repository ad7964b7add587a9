/**
 * .NET named HttpClients (IHttpClientFactory): `AddHttpClient("products", c => c.BaseAddress = …)`
 * registers a client under a name, and code makes calls through it only once it creates it by that
 * name, `factory.CreateClient("products")`, in any file of the component. A registration whose
 * name the component's code never creates makes no calls. When the component creates no named
 * client at all, or one whose name the file does not say (`CreateClient(clientName)`), every
 * registration stands: its clients may be created where the scan cannot tell. A name given as a
 * constant of another file (`CreateClient(Upstreams.Coupons)`) is `$ref:` its binding's key, which
 * resolution looks up.
 */
import type { ConnectionFact } from './facts.js';

const REFERENCE = '$ref:';

/**
 * The connections a component makes through its named clients: the creations themselves removed,
 * and the registrations of names it never creates dropped. `ownerOf` gives the key of the
 * component a fact belongs to; `nameOf` the name a creation's `$ref:` stands for (empty when unknown).
 */
export function madeThroughNamedClients(
  connections: readonly ConnectionFact[],
  ownerOf: (fact: ConnectionFact) => string | undefined,
  nameOf: (reference: string, fact: ConnectionFact) => string | undefined = () => undefined,
): ConnectionFact[] {
  if (!connections.some((fact) => fact.namedClient?.use)) return [...connections];
  const created = new Map<string, Set<string>>();
  for (const fact of connections) {
    if (!fact.namedClient?.use) continue;
    const owner = ownerOf(fact);
    if (owner === undefined) continue;
    const names = created.get(owner) ?? new Set<string>();
    const { name } = fact.namedClient;
    names.add(name.startsWith(REFERENCE) ? (nameOf(name.slice(REFERENCE.length), fact) ?? '') : name);
    created.set(owner, names);
  }
  return connections.filter((fact) => {
    if (!fact.namedClient) return true;
    if (fact.namedClient.use) return false;
    const owner = ownerOf(fact);
    const names = owner !== undefined ? created.get(owner) : undefined;
    return names === undefined || names.has('') || names.has(fact.namedClient.name);
  });
}
