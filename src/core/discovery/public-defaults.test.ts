/**
 * A public default a client falls back to gives way to its env var where the deployment sets the
 * variable to one of its own systems (public-defaults.ts).
 */
import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type ConnectionFact, type TargetRef } from './facts.js';
import { withDeployedOverride } from './public-defaults.js';

const fact = (target: TargetRef): ConnectionFact => ({
  type: 'connection',
  target,
  role: 'calls',
  mechanism: 'rest',
  technology: 'HTTP',
  evidence: { file: 'ui/src/sdk.ts', line: 4, excerpt: 'new Configuration({' },
  confidence: CONFIDENCE.literal,
});

const PLAYGROUND: TargetRef = { host: 'playground.acme.dev', url: 'https://playground.acme.dev', unlessSet: 'IDENTITY_PUBLIC_URL' };
/** The hosts the deployment runs. */
const DEPLOYED = new Set(['identity']);

const cases: { name: string; target: TargetRef; bound?: string; expected: TargetRef }[] = [
  { name: 'the deployment sets the variable to its own system: the variable', target: PLAYGROUND, bound: 'http://identity:4433/', expected: { key: 'IDENTITY_PUBLIC_URL' } },
  { name: 'the variable unset: the public default', target: PLAYGROUND, expected: PLAYGROUND },
  { name: 'set to another public host (a sandbox): the default names the partner', target: PLAYGROUND, bound: 'https://sandbox.acme.dev', expected: PLAYGROUND },
  { name: 'set to a host the deployment does not run', target: PLAYGROUND, bound: 'http://elsewhere:4433', expected: PLAYGROUND },
  { name: 'a url with no variable in front of it is left alone', target: { host: 'identity', url: 'http://identity:4433' }, bound: 'http://identity:4433', expected: { host: 'identity', url: 'http://identity:4433' } },
];

describe('withDeployedOverride', () => {
  it.each(cases)('$name', ({ target, bound, expected }) => {
    const made = withDeployedOverride(fact(target), (key) => (key === 'IDENTITY_PUBLIC_URL' ? bound : undefined), (address) => DEPLOYED.has(address.host));
    expect(made.target).toEqual(expected);
  });
});
