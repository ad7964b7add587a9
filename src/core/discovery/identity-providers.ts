/**
 * Identity providers a service signs its users in with (OAuth 2.0 / OpenID Connect): the vendor
 * whose authorization server it calls, named as the SaaS vendors of saas-hosts.ts are, so that a
 * Go `github.Endpoint`, a Dex `type: github` connector and a call of `api.github.com` all meet on
 * one system (`GitHub`). Only the hosts the vendors serve their OAuth endpoints from are listed
 * here; GitHub's `github.com` serves its web pages too, so only its `/login/oauth` paths count.
 */
import { saasVendorOfHost } from './saas-hosts.js';

/** The vendor of a Dex connector type, or of a golang.org/x/oauth2 endpoint package. */
const PROVIDER_BY_NAME: ReadonlyMap<string, string> = new Map([
  ['github', 'GitHub'],
  ['gitlab', 'GitLab'],
  ['google', 'Google'],
  ['microsoft', 'Microsoft'],
  ['bitbucket', 'Bitbucket'],
  ['bitbucket-cloud', 'Bitbucket'],
  ['linkedin', 'LinkedIn'],
  ['facebook', 'Facebook'],
  ['slack', 'Slack'],
  ['okta', 'Okta'],
]);

/**
 * Hosts of authorization servers that also serve the vendor's web pages (suffixes; the longest
 * listed wins), counted only for OAuth. Hosts serving nothing but the vendor's APIs
 * (`accounts.google.com`, `login.microsoftonline.com`) are saas-hosts.ts's, for every call.
 */
const PROVIDER_HOSTS: ReadonlyMap<string, string> = new Map([
  ['bitbucket.org', 'Bitbucket'],
  ['www.linkedin.com', 'LinkedIn'],
]);

/** The identity provider a connector type or endpoint package names (`github` → `GitHub`), or undefined. */
export function identityProviderOfName(name: string): string | undefined {
  return PROVIDER_BY_NAME.get(name.trim().toLowerCase());
}

/**
 * The identity provider whose authorization server a URL is (`https://github.com/login/oauth/
 * access_token` → `GitHub`, `https://acme.okta.com` → `Okta`), or undefined for any other host,
 * which is then an issuer of its own (a Keycloak, a Dex, a company's IdP) known by its host.
 */
export function identityProviderOfUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  if ((host === 'github.com' || host.endsWith('.github.com')) && (host !== 'github.com' || parsed.pathname.startsWith('/login/oauth'))) return 'GitHub';
  const labels = host.split('.');
  for (let start = 0; start <= labels.length - 2; start += 1) {
    const provider = PROVIDER_HOSTS.get(labels.slice(start).join('.'));
    if (provider) return provider;
  }
  return saasVendorOfHost(host);
}

/**
 * The identity provider of the `Endpoint` a golang.org/x/oauth2 `Config` is given, from its text:
 * a provider package's variable or function (`github.Endpoint`, `microsoft.AzureADEndpoint(t)`,
 * `google.Endpoint`), the packages imported under their own names as their documentation does; or
 * an `oauth2.Endpoint{TokenURL: "…"}` literal's URL.
 */
export function oauth2EndpointProvider(text: string): string | undefined {
  const qualified = /^&?([A-Za-z_]\w*)\.(\w*Endpoint\w*)\b/.exec(text.trim());
  if (qualified && qualified[1] !== 'oauth2') return identityProviderOfName(qualified[1] as string);
  const url = /\b(?:TokenURL|AuthURL)\s*:\s*"([^"]+)"/.exec(text);
  return url ? identityProviderOfUrl(url[1] as string) : undefined;
}

/**
 * The identity provider serving a host, for a URL a setting names as an issuer or token endpoint
 * (identity-settings.ts): the setting says it is OAuth, so GitHub's `github.com` counts whole.
 */
export function identityProviderOfHost(host: string): string | undefined {
  const bare = host.trim().toLowerCase().replace(/\.$/, '');
  return identityProviderOfUrl(`https://${bare}${bare === 'github.com' ? '/login/oauth' : '/'}`);
}
