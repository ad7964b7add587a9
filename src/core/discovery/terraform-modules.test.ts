import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type Fact } from './facts.js';
import { MODULE_CALL_KEY, MODULE_WORKLOAD_NAME_KEY, instantiate, withModuleInstances } from './terraform-modules.js';
import { resolveFacts } from './resolve.js';

const at = { file: 'infra/main.tf', line: 1, excerpt: 'module "x" {' };

describe('instantiate', () => {
  it.each([
    ['${var.name}-${var.protocol}', { name: 'trainer', protocol: 'http' }, 'trainer-http'],
    ['${var.name}', { name: 'users' }, 'users'],
    ['svc-${var.name}', { name: 'users' }, 'svc-users'],
    ['${var.name}-${var.protocol}', { name: 'trainer' }, undefined],
    ['${local.prefix}-${var.name}', { name: 'trainer' }, undefined],
  ])('%s with %j is %s', (template, inputs, expected) => {
    expect(instantiate(template, inputs)).toBe(expected);
  });
});

describe('withModuleInstances', () => {
  const template: Fact = { type: 'binding', scope: 'infra/service', key: MODULE_WORKLOAD_NAME_KEY, value: '${var.name}-${var.protocol}', evidence: { ...at, file: 'infra/service/main.tf' } };
  const call = (name: string, protocol: string, folder = 'infra/service'): Fact => ({ type: 'binding', component: name, key: MODULE_CALL_KEY, value: JSON.stringify({ folder, inputs: { name, protocol } }), evidence: at });
  const component = (name: string): Fact => ({ type: 'component', name, kind: 'application', evidence: at, confidence: CONFIDENCE.inferred });

  it('gives each call its instance name and drops the pseudo-bindings', () => {
    const facts = withModuleInstances([template, component('trainer'), call('trainer', 'grpc'), call('trainer', 'http')]);
    expect(facts.filter((fact) => fact.type === 'binding')).toEqual([]);
    expect(facts.flatMap((fact) => (fact.type === 'component' ? fact.aliases ?? [] : []))).toEqual(['trainer-grpc', 'trainer-http']);
  });

  it('leaves calls of another module alone', () => {
    const facts = withModuleInstances([template, component('users'), call('users', 'grpc', 'infra/other')]);
    expect(facts).toEqual([component('users')]);
  });

  it('makes a call by the instance name reach the workload', () => {
    const rewrite: Fact = { type: 'connection', component: 'web', target: { component: 'trainer-http' }, role: 'calls', mechanism: 'rest', evidence: { ...at, file: 'web/firebase.json' }, confidence: CONFIDENCE.declared };
    const graph = resolveFacts([template, component('trainer'), call('trainer', 'http'), component('web'), rewrite]);
    expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target}`)).toEqual(['web -> trainer']);
  });
});
