import { describe, expect, it } from 'vitest';
import { identityProviderOfHost } from './identity-providers.js';
import { namesIdentityEndpoint } from './identity-settings.js';

describe('namesIdentityEndpoint', () => {
  it.each<[string, boolean]>([
    // Issuers, token and key endpoints, under any prefix and spelling.
    ['ACME_LOOKOUT_IDENTITY_ISSUERBACKENDURL', true],
    ['ACME_CLIENT_AUTH_ISSUER', true],
    ['OAUTH2_ISSUER_URI', true],
    ['ISSUER_URL', true],
    ['acme.client.auth.issuer', true],
    ['auth.issuerUri', true],
    ['KEYCLOAK_TOKEN_URL', true],
    ['OAUTH_TOKEN_ENDPOINT', true],
    ['JWKS_URL', true],
    ['JWKS', true],
    ['security.jwt.jwk-set-uri', true],
    ['Jwt__Authority', true],
    ['OIDC_DISCOVERY_URL', true],
    ['OIDC_PROVIDER_URL', true],
    ['KEYCLOAK_AUTH_SERVER_URL', true],
    ['INTROSPECTION_ENDPOINT', true],
    // Where browsers go, the IdP's own address, names and secrets: not calls.
    ['ACME_LOOKOUT_IDENTITY_REDIRECT_URI', false],
    ['OIDC_REDIRECT_URL', false],
    ['OAUTH_CALLBACK_URL', false],
    ['OIDC_POST_LOGOUT_REDIRECT_URI', false],
    ['HARBOR_ROOT_URL', false],
    ['ACME_LOOKOUT_IDENTITY_ISSUERFRONTENDURL', false],
    ['PUBLIC_ISSUER_URL', false],
    ['KC_HOSTNAME', false],
    ['KC_HOSTNAME_URL', false],
    ['CERT_ISSUER', false],
    ['spring.security.oauth2.client.provider.keycloak.authorization-uri', false],
    ['OAUTH_AUTHORIZE_URL', false],
    ['OIDC_LOGIN_URL', false],
    ['OAUTH2_AUTHORIZATION_SERVER_URL', true],
    ['CERTIFICATE_AUTHORITY', false],
    ['acme.client.auth.issuer-name', false],
    ['OAUTH_CLIENT_SECRET', false],
    ['GITHUB_TOKEN', false],
    ['API_URL', false],
    ['', false],
  ])('%s: %s', (key, expected) => {
    expect(namesIdentityEndpoint(key)).toBe(expected);
  });
});

describe('identityProviderOfHost', () => {
  it.each<[string, string | undefined]>([
    ['github.com', 'GitHub'],
    ['acme.okta.com', 'Okta'],
    ['login.microsoftonline.com', 'Microsoft'],
    ['keycloak', undefined],
    ['login.example.com', undefined],
  ])('%s: %s', (host, expected) => {
    expect(identityProviderOfHost(host)).toBe(expected);
  });
});
