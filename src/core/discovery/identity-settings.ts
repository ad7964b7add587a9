/**
 * Settings that point a service at the identity provider it validates tokens against or fetches
 * tokens from, recognised by the key's name whatever product or client library reads it: a vendor
 * image's `ACME_LOOKOUT_IDENTITY_ISSUERBACKENDURL`, a client library's `acme.client.auth.issuer`
 * bound by its own auto-configuration, a plain `JWKS_URL`. No code of the scan need read them, so
 * the key's name is all there is to go on; resolution then keeps only values reaching a system the
 * deployment runs or a known identity-provider vendor (ConnectionFact.identityEndpoint).
 */

/**
 * The endings of such a key, separators dropped (`ISSUER_BACKEND_URL`, `issuer-backend-url` and
 * `issuerBackendUrl` are all `issuerbackendurl`): an issuer (its discovery document), a token,
 * introspection or userinfo endpoint, a JWKS, an authority as .NET's JWT bearer names it.
 */
const ENDPOINT_ENDING =
  /(?:issuer(?:backend)?(?:ur[il]|endpoint|location)?|token(?:ur[il]|endpoint)|jwks?(?:set)?(?:ur[il]|endpoint)?|authority(?:ur[il])?|introspection(?:ur[il]|endpoint)|userinfo(?:ur[il]|endpoint))$/;

/** A key naming the protocol or the product (`OIDC_DISCOVERY_URL`, `KEYCLOAK_AUTH_SERVER_URL`) with a URL ending. */
const PROTOCOL_WORD = /oidc|openid|oauth|keycloak/;
const URL_ENDING = /(?:ur[il]|endpoint)$/;

/**
 * Where browsers are sent rather than what the service calls (`OIDC_REDIRECT_URI`, a post-logout
 * or root URL naming another app, an issuer's front-end address, the authorization or login page
 * of a code flow), and certificate authorities.
 */
const NOT_CALLED = /redirect|callback|logout|signout|frontend|public|browser|rooturl|homeurl|returnurl|landing|cert|authori[sz](?:ation|e)?(?:ur[il]|endpoint)$|loginur[il]$/;

/** Whether a setting's key names an identity provider's issuer, token or key endpoint. */
export function namesIdentityEndpoint(key: string): boolean {
  const compact = key.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (compact === '' || NOT_CALLED.test(compact)) return false;
  return ENDPOINT_ENDING.test(compact) || (PROTOCOL_WORD.test(compact) && URL_ENDING.test(compact));
}
