/**
 * A public URL a client falls back to when its env var is unset
 * (`process.env.IDENTITY_PUBLIC_URL || "https://playground.acme.dev"`). Code evaluation keeps the
 * public default over the variable (value-evaluation.ts, isExternalUrl): a deployment overriding a
 * partner's URL usually points at the same partner (a sandbox, a proxy), and deployments seldom set
 * it. But where the deployment sets the variable to one of its own systems (`http://identity:4433/`),
 * the default is never used and the call goes to that system: the target is then the variable.
 */
import type { ConnectionFact } from './facts.js';
import { addressOrHost, type ParsedAddress } from './addresses.js';

/**
 * The fact with its target replaced by the overriding variable when the deployment binds that
 * variable to a host it deploys (`isDeployed`); unchanged otherwise.
 */
export function withDeployedOverride(fact: ConnectionFact, bound: (key: string) => string | undefined, isDeployed: (address: ParsedAddress) => boolean): ConnectionFact {
  const key = fact.target.unlessSet;
  if (key === undefined) return fact;
  const value = bound(key);
  const address = value !== undefined ? addressOrHost(value) : undefined;
  return address && isDeployed(address) ? { ...fact, target: { key } } : fact;
}
