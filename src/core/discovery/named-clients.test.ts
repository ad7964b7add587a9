import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type ConnectionFact } from './facts.js';
import { madeThroughNamedClients } from './named-clients.js';

/** A connection of `component` registered as named client `client`, or (`=client`) the creation of one. */
function fact(component: string, client?: string, key = 'Services:Products'): ConnectionFact {
  const use = client?.startsWith('=') === true;
  return {
    type: 'connection',
    component,
    target: use ? {} : { key },
    role: 'calls',
    mechanism: 'rest',
    ...(client !== undefined ? { namedClient: { name: use ? client.slice(1) : client, ...(use ? { use: true } : {}) } } : {}),
    evidence: { file: `${component}/Program.cs`, line: 1, excerpt: '' },
    confidence: CONFIDENCE.literal,
  };
}

const summary = (facts: ConnectionFact[]): string[] => facts.map((each) => `${each.component}:${each.namedClient?.name ?? '-'}`);

describe('madeThroughNamedClients', () => {
  it.each<{ name: string; facts: ConnectionFact[]; kept: string[] }>([
    { name: 'a registration created by name stays; creations go', facts: [fact('bff', 'products'), fact('bff', '=products')], kept: ['bff:products'] },
    { name: 'a registration never created goes when the component creates others', facts: [fact('bff', 'products'), fact('bff', 'legacy'), fact('bff', '=products')], kept: ['bff:products'] },
    { name: 'names are compared as written (IHttpClientFactory is ordinal)', facts: [fact('bff', 'Products'), fact('bff', '=products')], kept: [] },
    { name: 'a component creating no named client keeps every registration', facts: [fact('bff', 'products'), fact('web', '=stock')], kept: ['bff:products'] },
    { name: 'a creation by a name not known keeps every registration', facts: [fact('bff', 'products'), fact('bff', 'legacy'), fact('bff', '=')], kept: ['bff:products', 'bff:legacy'] },
    { name: 'connections of no named client are untouched', facts: [fact('bff'), fact('bff', '=products')], kept: ['bff:-'] },
  ])('$name', ({ facts, kept }) => {
    expect(summary(madeThroughNamedClients(facts, (each) => each.component))).toEqual(kept);
  });

  it('looks a creation by a constant of another file up, and takes one it cannot find for any name', () => {
    const facts = [fact('bff', 'coupons'), fact('bff', 'legacy'), fact('bff', '=$ref:code:const:Upstreams.Coupons')];
    const constants: Record<string, string> = { 'code:const:Upstreams.Coupons': 'coupons' };
    expect(summary(madeThroughNamedClients(facts, (each) => each.component, (key) => constants[key]))).toEqual(['bff:coupons']);
    expect(summary(madeThroughNamedClients(facts, (each) => each.component, () => undefined))).toEqual(['bff:coupons', 'bff:legacy']);
  });
});
