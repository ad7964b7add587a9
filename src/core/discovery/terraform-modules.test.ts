import { describe, expect, it } from 'vitest';
import { CONFIDENCE, type Fact } from './facts.js';
import { MODULE_CALL_KEY, MODULE_WORKLOAD_NAME_KEY, instantiate, withModuleInstances, withModuleNames } from './terraform-modules.js';
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

describe('withModuleNames', () => {
  const names: Record<string, string> = { trainer_grpc: 'trainer', ledger: 'ledger' };
  it.each([
    ['${module.trainer_grpc.endpoint}:443', 'trainer:443'],
    ['${module.ledger.uri}', 'ledger'],
    ['${module.ledger[0].url}/v1', 'ledger/v1'],
    ['${module.ledger.service.fqdn}', 'ledger'],
    ['${module.ledger.service_account_email}', '${module.ledger.service_account_email}'],
    ['${module.unknown.url}', '${module.unknown.url}'],
    ['${var.region}', '${var.region}'],
  ])('%s is %s', (value, expected) => {
    expect(withModuleNames(value, (label) => names[label])).toBe(expected);
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

  it('writes a reference to a call made in another file of the folder as its workload name', () => {
    const labelled: Fact = { type: 'binding', component: 'trainer', key: MODULE_CALL_KEY, value: JSON.stringify({ folder: 'infra/service', inputs: { name: 'trainer' }, label: 'trainer_grpc' }), evidence: at };
    const env = (file: string): Fact => ({ type: 'binding', component: 'web', key: 'TRAINER_ADDR', value: '${module.trainer_grpc.endpoint}:443', evidence: { ...at, file } });
    const facts = withModuleInstances([labelled, env('infra/services.tf'), env('other/main.tf')]);
    expect(facts.map((fact) => (fact.type === 'binding' ? `${fact.evidence.file}: ${fact.value}` : fact.type))).toEqual(['infra/services.tf: trainer:443', 'other/main.tf: ${module.trainer_grpc.endpoint}:443']);
  });

  it('makes a call by the instance name reach the workload', () => {
    const rewrite: Fact = { type: 'connection', component: 'web', target: { component: 'trainer-http' }, role: 'calls', mechanism: 'rest', evidence: { ...at, file: 'web/firebase.json' }, confidence: CONFIDENCE.declared };
    const graph = resolveFacts([template, component('trainer'), call('trainer', 'http'), component('web'), rewrite]);
    expect(graph.integrations.map((edge) => `${edge.source} -> ${edge.target}`)).toEqual(['web -> trainer']);
  });
});
