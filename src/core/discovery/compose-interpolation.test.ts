import { describe, expect, it } from 'vitest';
import { containerPort, dotenvVariables, publishedPort, interpolateCompose, interpolateComposeFacts } from './compose-interpolation.js';
import type { BindingFact, ComponentFact, Fact } from './facts.js';

const variables = new Map([
  ['IMAGE_NAME', 'ghcr.io/acme/demo'],
  ['DEMO_VERSION', '2.0'],
  ['CART_PORT', '7070'],
  ['EMPTY_DEFAULTED', 'set'],
]);

describe('interpolateCompose', () => {
  it.each([
    ['${IMAGE_NAME}:${DEMO_VERSION}-cart', 'ghcr.io/acme/demo:2.0-cart'],
    ['cart:$CART_PORT', 'cart:7070'],
    ['cart:${CART_PORT:-8080}', 'cart:7070'],
    ['cart:${MISSING:-8080}', 'cart:8080'],
    ['cart:${MISSING-8080}', 'cart:8080'],
    ['${MISSING:-${CART_PORT}}', '7070'],
    ['${MISSING:-${ALSO_MISSING:-x}}', 'x'],
    ['${CART_PORT:+on}', 'on'],
    ['${MISSING:+on}', ''],
    ['${CART_PORT:?cart port required}', '7070'],
    ['${MISSING:?required}', '${MISSING}'],
    // Unset with no default: left as written, the name is what there is to follow.
    ['http://${MISSING}/x', 'http://${MISSING}/x'],
    ['$MISSING', '$MISSING'],
    // `$$` escapes a dollar; what follows is not a variable.
    ['echo $$CART_PORT', 'echo $CART_PORT'],
    ['cost: 5$', 'cost: 5$'],
    ['${not closed', '${not closed'],
  ])('%s → %s', (value, expected) => {
    expect(interpolateCompose(value, variables)).toBe(expected);
  });
});

const evidence = (file: string, line: number) => ({ file, line, excerpt: '' });
const dotenv = (key: string, value: string, line: number, file = 'deploy/.env'): BindingFact => ({ type: 'binding', scope: file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '', key, value, evidence: evidence(file, line) });

describe('dotenvVariables', () => {
  it('interpolates each value with the variables before it, in line order', () => {
    const found = dotenvVariables([dotenv('CART_ADDR', 'cart:${CART_PORT}', 2), dotenv('CART_PORT', '7070', 1), dotenv('LATER', '${AFTER}', 3), dotenv('AFTER', 'x', 4)]);
    expect(Object.fromEntries(found)).toEqual({ CART_PORT: '7070', CART_ADDR: 'cart:7070', LATER: '${AFTER}', AFTER: 'x' });
  });
});

describe('containerPort', () => {
  it.each([
    ['8080:80', 80],
    ['127.0.0.1:5433:5432', 5432],
    ['9000-9001:9000-9001/tcp', 9000],
    ['7070', 7070],
    ['${CART_PORT}', undefined],
    ['99999', undefined],
  ])('%s → %s', (text, port) => {
    expect(containerPort(text)).toBe(port);
  });
});

describe('interpolateComposeFacts', () => {
  const file = 'deploy/docker-compose.yml';
  const service = (name: string, compose: ComponentFact['compose'], extra: Partial<ComponentFact> = {}): ComponentFact => ({ type: 'component', name, kind: 'application', ...extra, compose, evidence: evidence(file, 1), confidence: 0.95 });
  const bound = (component: string, key: string, written: string, passThrough = false): BindingFact => ({
    type: 'binding',
    component,
    key,
    value: written,
    compose: { written, ...(passThrough ? { passThrough } : {}) },
    evidence: evidence(file, 5),
  });
  const env = [
    dotenv('IMAGE_NAME', 'ghcr.io/acme/demo', 1),
    dotenv('DEMO_VERSION', '2.0', 2),
    dotenv('CART_PORT', '7070', 3),
    dotenv('CART_ADDR', 'cart:${CART_PORT}', 4),
    dotenv('COLLECTOR_CONTRIB_IMAGE', 'ghcr.io/open-telemetry/opentelemetry-collector-releases/opentelemetry-collector-contrib:0.120.0', 5),
    dotenv('FLAGD_IMAGE', 'ghcr.io/open-feature/flagd:v0.12.1', 6),
    dotenv('SIGNING_KEY', 'c2VjcmV0c2VjcmV0', 7),
    dotenv('PAYMENT_IMAGE', 'acme/payment:1', 8),
  ];
  const byName = (facts: Fact[], name: string) => facts.find((fact) => fact.type === 'component' && fact.name === name);
  const byKey = (facts: Fact[], key: string) => facts.find((fact) => fact.type === 'binding' && fact.component !== undefined && fact.key === key);

  it.each<[string, Fact[], (facts: Fact[]) => void]>([
    [
      'an image named by variables takes its kind and product from the .env',
      [...env, service('otel-collector', { image: '${COLLECTOR_CONTRIB_IMAGE}' }), service('flagd', { image: '${FLAGD_IMAGE}' })],
      (facts) => {
        expect(byName(facts, 'otel-collector')).toMatchObject({ kind: 'other', technology: 'OpenTelemetry Collector' });
        expect(byName(facts, 'flagd')).toMatchObject({ kind: 'other', technology: 'flagd' });
        expect(byName(facts, 'flagd')).not.toHaveProperty('compose');
      },
    ],
    [
      'an image several services share is no alias; one only this service runs is',
      [...env, service('cart', { image: '${IMAGE_NAME}:${DEMO_VERSION}-cart' }), service('checkout', { image: '${IMAGE_NAME}:${DEMO_VERSION}-checkout' }), service('payment', { image: '${PAYMENT_IMAGE}' })],
      (facts) => {
        expect(byName(facts, 'cart')).not.toHaveProperty('aliases');
        expect(byName(facts, 'checkout')).not.toHaveProperty('aliases');
        expect(byName(facts, 'payment')).toMatchObject({ aliases: ['acme/payment'] });
      },
    ],
    [
      'an image with a variable nothing sets stays as the source read it',
      [service('cart', { image: '${REGISTRY}/cart:1' })],
      (facts) => expect(byName(facts, 'cart')).toEqual({ type: 'component', name: 'cart', kind: 'application', evidence: evidence(file, 1), confidence: 0.95 }),
    ],
    [
      'ports given by variables are filled in',
      [...env, service('cart', { ports: ['${CART_PORT}', '8081:${MISSING:-9090}', '${MISSING}'] }, { ports: [80] })],
      (facts) => expect(byName(facts, 'cart')).toMatchObject({ ports: [80, 7070, 9090] }),
    ],
    [
      'aliases written with variables are filled from the .env or their default, and dropped while a variable is left open',
      [
        ...env,
        dotenv('XMPP_SERVER', 'xmpp.meet.acme', 9),
        service('prosody', { aliases: ['${XMPP_SERVER:-xmpp.meet.default}'] }, { aliases: ['chat'] }),
        service('bridge', { aliases: ['${BRIDGE_HOST:-bridge.meet.acme}'] }),
        service('web', { aliases: ['${PROJECT}-web'] }),
        service('focus', { aliases: ['${FOCUS_NAME:-focus}'] }),
      ],
      (facts) => {
        expect(byName(facts, 'prosody')).toMatchObject({ aliases: ['chat', 'xmpp.meet.acme'] });
        expect(byName(facts, 'bridge')).toMatchObject({ aliases: ['bridge.meet.acme'] });
        expect(byName(facts, 'web')).not.toHaveProperty('aliases');
        // An alias interpolating to the service's own name adds nothing.
        expect(byName(facts, 'focus')).not.toHaveProperty('aliases');
      },
    ],
    [
      'environment values are interpolated, defaults apply when the .env is silent',
      [...env, bound('checkout', 'CART_URL', 'http://cart:${CART_PORT}'), bound('checkout', 'EMAIL_URL', 'http://email:${EMAIL_PORT:-8080}')],
      (facts) => {
        expect(byKey(facts, 'CART_URL')).toEqual({ type: 'binding', component: 'checkout', key: 'CART_URL', value: 'http://cart:7070', evidence: evidence(file, 5) });
        expect(byKey(facts, 'EMAIL_URL')).toMatchObject({ value: 'http://email:8080' });
      },
    ],
    [
      'a pass-through entry takes the .env value (itself interpolated), or binds nothing',
      [...env, bound('checkout', 'CART_ADDR', '${CART_ADDR}', true), bound('checkout', 'UNSET', '${UNSET}', true)],
      (facts) => {
        expect(byKey(facts, 'CART_ADDR')).toMatchObject({ component: 'checkout', value: 'cart:7070' });
        expect(byKey(facts, 'UNSET')).toBeUndefined();
      },
    ],
    [
      'a secret brought in from the .env is masked under the key that says so',
      [...env, bound('checkout', 'JWT_SECRET', '${SIGNING_KEY}')],
      (facts) => expect(byKey(facts, 'JWT_SECRET')).toMatchObject({ value: '***' }),
    ],
    [
      'the .env bindings are interpolated for the code of their folder too',
      env,
      (facts) => expect(facts.filter((fact) => fact.type === 'binding' && fact.key === 'CART_ADDR')).toEqual([{ ...dotenv('CART_ADDR', 'cart:7070', 4) }]),
    ],
    [
      'a .env of another folder is not this compose file’s',
      [dotenv('CART_PORT', '7070', 1, 'other/.env'), dotenv('CART_PORT', '6060', 1, 'deploy/app/.env'), bound('checkout', 'CART_URL', 'http://cart:${CART_PORT:-8080}')],
      (facts) => expect(byKey(facts, 'CART_URL')).toMatchObject({ value: 'http://cart:8080' }),
    ],
  ])('%s', (_name, facts, check) => {
    check(interpolateComposeFacts(facts));
  });
});

describe('publishedPort', () => {
  it.each<[string, { host: number; container: number } | undefined]>([
    ['3000:4000', { host: 3000, container: 4000 }],
    ['127.0.0.1:5433:5432', { host: 5433, container: 5432 }],
    ['9000-9001:9000-9001/tcp', { host: 9000, container: 9000 }],
    ['7070', undefined],
    [':4000', undefined],
  ])('%s', (text, expected) => {
    expect(publishedPort(text)).toEqual(expected);
  });
});
