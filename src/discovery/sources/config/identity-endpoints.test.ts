/**
 * Settings named for an identity provider's issuer, token or JWKS endpoint, read by no code of the
 * scan (a vendor image's environment, a client starter's property): calls of the provider when
 * their URL reaches a deployed system or a known vendor (core/discovery/identity-settings.ts).
 */
import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import { evidenceFor, type Source } from '../../source.js';
import { dockerComposeSource } from './docker-compose.js';
import { hoconConfigSource } from './hocon-config.js';
import { springConfigSource } from './spring-config.js';

async function read(source: Source, path: string, lines: string[]): Promise<Fact[]> {
  const file = { path, text: lines.join('\n') };
  return source.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

function edges(facts: Fact[]): string[] {
  return resolveFacts(facts).integrations.map((item) => `${item.source} -> ${item.target} (${item.mechanism})`).sort();
}

const KEYCLOAK = ['  keycloak:', '    image: quay.io/keycloak/keycloak:24.0', '    environment:', '      KC_HOSTNAME: http://keycloak:8080'];

describe('identity-provider settings of image-only compose services', () => {
  it.each<[string, string[], string[]]>([
    ['an issuer backend URL of a vendor image, no depends_on', ['    environment:', '      ACME_LOOKOUT_IDENTITY_ISSUERBACKENDURL: http://keycloak:18080/auth/realms/acme'], ['app -> keycloak (rest)']],
    ['a token URL under a client prefix, list form', ['    environment:', '      - ACME_CLIENT_AUTH_ISSUER=http://keycloak:8080/realms/acme/protocol/openid-connect/token'], ['app -> keycloak (rest)']],
    ['an issuer URI', ['    environment:', '      OAUTH2_ISSUER_URI: http://keycloak:8080/realms/acme'], ['app -> keycloak (rest)']],
    ['a JWKS URL', ['    environment:', '      JWKS_URL: http://keycloak:8080/realms/acme/protocol/openid-connect/certs'], ['app -> keycloak (rest)']],
    ['a known vendor outside the scan', ['    environment:', '      OIDC_ISSUER_URL: https://acme.okta.com/oauth2/default'], ['app -> okta (rest)']],
    ['a public sign-in host not deployed', ['    environment:', '      ISSUER_URL: https://login.example.com/realms/acme'], []],
    ['a redirect URI naming another app', ['    environment:', '      OIDC_REDIRECT_URI: http://keycloak:8080/callback'], []],
    ['a root URL naming another app', ['    environment:', '      APP_ROOT_URL: http://keycloak:8080'], []],
    ['an issuer that is a name, not a URL', ['    environment:', '      JWT_ISSUER: keycloak'], []],
    ['an issuer on localhost', ['    environment:', '      JWT_ISSUER: http://localhost:8080/realms/acme'], []],
  ])('%s', async (_name, environment, expected) => {
    const facts = await read(dockerComposeSource, 'docker-compose.yml', ['services:', ...KEYCLOAK, '  app:', '    image: acme/lookout:8.5', ...environment]);
    expect(edges(facts)).toEqual(expected);
    for (const fact of facts.filter((each): each is ConnectionFact => each.type === 'connection' && each.identityEndpoint === true)) expect([fact.role, fact.mechanism, fact.technology]).toEqual(['calls', 'rest', 'OpenID Connect']);
  });

  it("Keycloak's own settings naming itself are nothing", async () => {
    const facts = await read(dockerComposeSource, 'docker-compose.yml', ['services:', ...KEYCLOAK, '      KC_HOSTNAME_ADMIN_URL: http://keycloak:8080', '      KEYCLOAK_FRONTEND_URL: http://keycloak:8080']);
    expect(edges(facts)).toEqual([]);
  });
});

describe("identity-provider settings of a client library's properties", () => {
  it.each<[string, string, string[]]>([
    ['a vendor starter issuer in the active profile, from the environment', 'application-prod.yaml', ['worker -> keycloak (rest)']],
    ['the same in a profile the deployment does not activate', 'application-dev.yaml', []],
  ])('%s', async (_name, fileName, expected) => {
    const compose = await read(dockerComposeSource, 'docker-compose.yml', ['services:', ...KEYCLOAK, '  worker:', '    build: ./worker', '    environment:', '      SPRING_PROFILES_ACTIVE: prod', '      IDP_BASE: http://keycloak:8080/realms/yard']);
    const spring = await read(springConfigSource, `worker/src/main/resources/${fileName}`, ['acme:', '  client:', '    auth:', '      issuer: ${IDP_BASE}', '      issuer-name: yard-worker']);
    expect(spring.some((fact) => fact.type === 'connection' && fact.identityEndpoint === true)).toBe(true);
    expect(edges([...compose, ...spring])).toEqual(expected);
  });

  it('a literal issuer of a public host outside the scan is no edge', async () => {
    const compose = await read(dockerComposeSource, 'docker-compose.yml', ['services:', ...KEYCLOAK, '  worker:', '    build: ./worker']);
    const spring = await read(springConfigSource, 'worker/src/main/resources/application.yaml', ['acme:', '  client:', '    auth:', '      issuer: https://login.example.com/realms/yard']);
    expect(edges([...compose, ...spring])).toEqual([]);
  });
});

describe('a setting some file reads for its own connection', () => {
  it("is that reader's: a HOCON discovery URI switched off makes no call, whatever the compose key's name", async () => {
    const compose = await read(dockerComposeSource, 'docker-compose.yml', ['services:', '  console:', '    build: ./console', '    environment:', '      - AUTH_OIDC_DISCOVERY_URI=https://acme.okta.com/.well-known/openid-configuration']);
    const hocon = await read(hoconConfigSource, 'console/conf/application.conf', ['auth.oidc.enabled = false', 'auth.oidc.enabled = ${?AUTH_OIDC_ENABLED}', 'auth.oidc.discoveryUri = ${?AUTH_OIDC_DISCOVERY_URI}']);
    expect(edges(compose)).toEqual(['console -> okta (rest)']);
    expect(edges([...compose, ...hocon])).toEqual([]);
  });
});
