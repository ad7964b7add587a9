/**
 * A vendor's token endpoint called beside one of its API products. Code syncing Microsoft 365
 * calendars refreshes its delegated token at `login.microsoftonline.com` and then calls
 * `graph.microsoft.com`; code syncing Google Calendar refreshes at `oauth2.googleapis.com`. The
 * token call is how the Graph (or Calendar) integration authenticates, not an integration with
 * "Microsoft" of its own: where a file calls exactly one product a sign-in vendor signs in for
 * (saas-hosts.ts signInVendorOf), the file's calls of that vendor's sign-in hosts are that
 * product's. A vendor serving API and token endpoint from one domain (Zoom, Salesforce) needs no
 * fold: the domain already names it. A file calling two such products (Calendar and Gmail), or
 * none, keeps its token calls as they are (the vendor's identity platform, as a sign-in is).
 */
import type { ConnectionFact } from '../../../core/discovery/facts.js';
import { saasVendorOfHost, signInVendorOf } from '../../../core/discovery/saas-hosts.js';

/** The SaaS vendor a call reaches: its SDK's technology, else its URL's or host's vendor. */
function vendorOf(fact: ConnectionFact): string | undefined {
  if (fact.role !== 'calls') return undefined;
  if (fact.targetKind === 'saas' && fact.technology !== undefined && fact.target.url === undefined && fact.target.host === undefined) return fact.technology;
  const host = fact.target.host ?? hostOf(fact.target.url);
  return host === undefined ? undefined : saasVendorOfHost(host);
}

function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url.trim()).hostname || undefined;
  } catch {
    return undefined;
  }
}

/** Makes a file's sign-in calls the one product of their vendor the file calls (above); changes the facts in place. */
export function foldSignInCalls(facts: readonly ConnectionFact[]): void {
  // For each sign-in vendor, the one product of its the file calls (null: several).
  const productOf = new Map<string, string | null>();
  for (const fact of facts) {
    const product = vendorOf(fact);
    const signIn = product === undefined ? undefined : signInVendorOf(product);
    if (signIn === undefined || product === undefined) continue;
    const before = productOf.get(signIn);
    productOf.set(signIn, before === undefined || before === product ? product : null);
  }
  if (productOf.size === 0) return;
  for (const fact of facts) {
    const vendor = vendorOf(fact);
    const product = vendor === undefined ? undefined : productOf.get(vendor);
    if (!product) continue;
    // Named as the product's SDK names it, so the token call and the API calls meet on one system.
    fact.target = {};
    fact.technology = product;
    fact.targetKind = 'saas';
  }
}
