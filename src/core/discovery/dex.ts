/**
 * Dex, the OpenID Connect broker: each of its `connectors` is an upstream identity provider Dex
 * redirects users to and exchanges codes with. What a connector reaches, by its type: a vendor's
 * own connector (`github`, `google`, `gitlab`, `microsoft`, …) is that vendor's SaaS system
 * (identity-providers.ts); a generic `oidc`/`oauth` connector its `issuer` (or token URL); an
 * `ldap` connector its directory server; `saml` its SSO URL. Dex's built-in `mockCallback` and
 * `mockPassword` connectors, and `local`/`authproxy` (no upstream), reach nothing.
 */
import { identityProviderOfName, identityProviderOfUrl } from './identity-providers.js';

/** What a connector reaches: a named provider, a URL, or a `host:port` of a directory server. */
export type DexUpstream = { provider: string } | { url: string } | { ldap: string };

/** Connector types with no upstream: Dex's mocks, its password database, a proxy's headers. */
const NO_UPSTREAM = /^(mock\w*|local|authproxy|keystone|atlassian-crowd)$/i;

/** A connector config's values that say where its provider is, in the order tried. */
const URL_FIELDS: Readonly<Record<string, readonly string[]>> = {
  oidc: ['issuer'],
  oauth: ['tokenURL', 'authorizationURL', 'userInfoURL'],
  saml: ['ssoURL', 'entityIssuer'],
  openshift: ['issuer'],
  gitea: ['baseURL'],
  gitlab: ['baseURL'],
  github: ['hostName'],
};

/** Whether a value is written literally (not `$VAR`, `{{ .Values.x }}` or empty). */
function literal(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '' && !/\$\{?[A-Za-z_]|\{\{/.test(value);
}

/**
 * What a connector of `type` with the given config values reaches, or undefined. A self-hosted
 * GitHub Enterprise or GitLab (`hostName`, `baseURL` on a host of no vendor) is that host; the
 * vendor's own connector without one is the vendor.
 */
export function dexConnectorUpstream(type: string, config: Readonly<Record<string, string>>): DexUpstream | undefined {
  const kind = type.trim().toLowerCase();
  if (kind === '' || NO_UPSTREAM.test(kind)) return undefined;
  if (kind === 'ldap') {
    const host = config['host'];
    return literal(host) ? { ldap: host.trim() } : undefined;
  }
  for (const field of URL_FIELDS[kind] ?? []) {
    const value = config[field];
    if (!literal(value)) continue;
    const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim()) ? value.trim() : `https://${value.trim()}`;
    const provider = identityProviderOfUrl(url);
    // A vendor connector pointed at a host of no vendor is a self-hosted one (GitHub Enterprise).
    if (provider) return { provider };
    return { url };
  }
  const provider = identityProviderOfName(kind);
  return provider ? { provider } : undefined;
}

/** Whether a YAML text looks like a Dex configuration: an issuer, a storage and connectors or static clients. */
export function mayBeDexConfig(text: string): boolean {
  return /^issuer\s*:/m.test(text) && /^storage\s*:/m.test(text) && /^(connectors|staticClients)\s*:/m.test(text);
}
