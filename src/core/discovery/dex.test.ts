import { describe, expect, it } from 'vitest';
import { dexConnectorUpstream, mayBeDexConfig } from './dex.js';
import { identityProviderOfUrl, oauth2EndpointProvider } from './identity-providers.js';

describe('dexConnectorUpstream', () => {
  it.each([
    ['github', {}, { provider: 'GitHub' }],
    ['google', { issuer: 'https://accounts.google.com' }, { provider: 'Google' }],
    ['gitlab', {}, { provider: 'GitLab' }],
    ['microsoft', { tenant: 'acme' }, { provider: 'Microsoft' }],
    ['github', { hostName: 'github.acme.internal' }, { url: 'https://github.acme.internal' }],
    ['oidc', { issuer: 'https://acme.okta.com' }, { provider: 'Okta' }],
    ['oidc', { issuer: 'https://sso.acme.internal/realms/staff' }, { url: 'https://sso.acme.internal/realms/staff' }],
    ['oidc', { issuer: '$OIDC_ISSUER' }, undefined],
    ['ldap', { host: 'ldap.acme.internal:636' }, { ldap: 'ldap.acme.internal:636' }],
    ['ldap', {}, undefined],
    ['mockCallback', {}, undefined],
    ['mockPassword', {}, undefined],
    ['local', {}, undefined],
    ['unknown-kind', {}, undefined],
  ] as const)('%s %j', (type, config, expected) => {
    expect(dexConnectorUpstream(type, config)).toEqual(expected);
  });

  it('recognises a Dex configuration', () => {
    expect(mayBeDexConfig('issuer: https://dex.example.com\nstorage:\n  type: sqlite3\nconnectors:\n- type: github\n')).toBe(true);
    expect(mayBeDexConfig('issuer: x\nservices: []\n')).toBe(false);
  });
});

describe('identity providers', () => {
  it.each([
    ['https://github.com/login/oauth/access_token', 'GitHub'],
    ['https://github.com/acme/repo', undefined],
    ['https://login.microsoftonline.com/common/oauth2/v2.0/token', 'Microsoft'],
    ['https://oauth2.googleapis.com/token', 'Google'],
    ['https://dev-1.us.auth0.com/', 'Auth0'],
    ['not a url', undefined],
  ])('%s', (url, expected) => {
    expect(identityProviderOfUrl(url)).toBe(expected);
  });

  it.each([
    ['github.Endpoint', 'GitHub'],
    ['&google.Endpoint', 'Google'],
    ['microsoft.AzureADEndpoint("t")', 'Microsoft'],
    ['oauth2.Endpoint{TokenURL:"https://gitlab.com/oauth/token"}', 'GitLab'],
    ['oauth2.Endpoint{TokenURL:tokenURL}', undefined],
    ['endpoints.Custom', undefined],
  ])('%s', (text, expected) => {
    expect(oauth2EndpointProvider(text)).toBe(expected);
  });
});
