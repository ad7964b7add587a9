import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type Fact } from './facts.js';
import { ingressController, isIngressClassReference, withIngressClassesFromValues } from './ingress-controllers.js';

const at = (file: string, line: number) => ({ file, line, excerpt: '' });
const REFERENCE = '$group:helm-values:deploy/shop#ingress.className';

/** An Ingress of deploy/shop whose class is the values' `ingress.className`, routing to `web`. */
function ingressFacts(reference = REFERENCE): Fact[] {
  return [
    { type: 'component', name: reference, kind: 'gateway', evidence: at('deploy/shop/templates/ingress.yaml', 1), confidence: CONFIDENCE.inferred },
    { type: 'connection', component: reference, target: { host: 'web', port: 80 }, role: 'calls', mechanism: 'rest', routed: true, evidence: at('deploy/shop/templates/ingress.yaml', 14), confidence: CONFIDENCE.declared },
  ];
}

const member = (group: string, key: string, value: string): Fact => ({ type: 'binding', group, key, value, evidence: at(`${group.split(':')[1]}/values.yaml`, 3) });

describe('withIngressClassesFromValues', () => {
  it.each<[string, Fact[], string, string | undefined]>([
    ['the class the values give', [member('helm-values:deploy/shop', 'ingress.className', 'traefik')], 'traefik', 'Traefik'],
    ['a class no controller is known for, by its own name', [member('helm-values:deploy/shop', 'ingress.className', 'internal-lb')], 'internal-lb', undefined],
    ['no values: the default class', [], 'ingress-nginx', 'NGINX Ingress Controller'],
    ['another chart\'s values say nothing of this one', [member('helm-values:deploy/other', 'ingress.className', 'traefik')], 'ingress-nginx', 'NGINX Ingress Controller'],
    ['an empty class: the default', [member('helm-values:deploy/shop', 'ingress.className', '  ')], 'ingress-nginx', 'NGINX Ingress Controller'],
  ])('names the controller after %s', (_case, values, name, technology) => {
    const facts = withIngressClassesFromValues([...ingressFacts(), ...values]);
    const gateway = facts.find((fact) => fact.type === 'component');
    const call = facts.find((fact) => fact.type === 'connection');
    expect(gateway).toMatchObject({ name, kind: 'gateway' });
    expect(gateway?.type === 'component' ? gateway.technology : undefined).toBe(technology);
    expect(call).toMatchObject({ component: name, target: { host: 'web' } });
  });

  it('gives the controller the names its usual install has', () => {
    const facts = withIngressClassesFromValues([...ingressFacts(), member('helm-values:deploy/shop', 'ingress.className', 'nginx')]);
    const gateway = facts.find((fact) => fact.type === 'component');
    expect(gateway?.type === 'component' ? gateway.aliases : undefined).toEqual(ingressController('nginx').aliases);
  });

  it('leaves facts naming no reference as they are', () => {
    const facts: Fact[] = [member('helm-values:deploy/shop', 'ingress.className', 'traefik')];
    expect(withIngressClassesFromValues(facts)).toEqual(facts);
  });
});

describe('isIngressClassReference', () => {
  it.each([
    [REFERENCE, true],
    ['$group:helm-values:deploy/shop:env#X', true],
    ['$group:configmap:x#y', false],
    ['nginx', false],
  ])('%s → %s', (text, expected) => {
    expect(isIngressClassReference(text)).toBe(expected);
  });
});
