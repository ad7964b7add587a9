import { describe, expect, it } from 'vitest';
import { isServiceLinkFact } from '../../../core/discovery/service-links.js';
import type { Fact } from '../../../core/discovery/facts.js';
import { expandGroups } from '../../../core/discovery/binding-groups.js';
import { evidenceFor } from '../../source.js';
import { envFileSource } from './env-file.js';
import { kustomizeSource } from './kustomize.js';

async function read(path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  // Service links are tested in core/discovery/service-links.test.ts.
  return (await kustomizeSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] })).filter((fact) => !isServiceLinkFact(fact));
}

/** Group members and inclusions as compact lines: `group key=value @line`. */
function groups(facts: Fact[]): string[] {
  return facts.flatMap((fact) => (fact.type === 'binding' && fact.group !== undefined ? [`${fact.group} ${fact.key}=${fact.value} @${fact.evidence.line}`] : []));
}

describe('kustomize source', () => {
  it.each([
    ['kustomization.yaml', true],
    ['k8s/overlays/prod/kustomization.yml', true],
    ['k8s/base/Kustomization', true],
    ['k8s/base/deployment.yaml', false],
    ['k8s/kustomization.json', false],
  ])('accepts %s: %s', (path, accepted) => {
    expect(kustomizeSource.accepts(path)).toBe(accepted);
  });

  it('takes a generator\'s files of a shared Spring settings folder into its settings group, and nothing else of its files', async () => {
    const text = [
      'apiVersion: kustomize.config.k8s.io/v1beta1', //  1
      'kind: Kustomization', //                          2
      'secretGenerator:', //                             3
      '  - name: orders-config', //                      4
      '    files:', //                                   5
      '      - ../../config/relayworks.yml', //          6
      '      - orders.yml=../../config/orders.yml', //   7
      '      - ../../config/orders-local.yml', //        8
      '      - tls.crt', //                              9
      'configMapGenerator:', //                          10
      '  - name: nginx', //                              11
      '    files: [nginx.conf]', //                      12
    ].join('\n');
    expect(groups(await read('deploy/base/kustomization.yaml', text))).toEqual([
      'configmap-settings:orders-config *=$group:spring-config:relayworks @6',
      'configmap-settings:orders-config *=$group:spring-config:orders @7',
    ]);
  });

  it('reads configMapGenerator literals, envs and the old env, under the name and the prefixed name', async () => {
    const text = [
      'apiVersion: kustomize.config.k8s.io/v1beta1', //  1
      'kind: Kustomization', //                          2
      'namePrefix: prod-', //                            3
      'resources: [deployment.yaml]', //                 4
      'configMapGenerator:', //                          5
      '  - name: api-config', //                         6
      '    literals:', //                                7
      '      - ORDERS_URL=http://orders:8080', //        8
      '      - "LOG_LEVEL=info"', //                     9
      '    envs:', //                                    10
      '      - config/api.env', //                       11
      '  - name: legacy', //                             12
      '    env: ../shared/legacy.env', //                13
      '    behavior: merge', //                          14
    ].join('\n');
    expect(groups(await read('k8s/overlays/prod/kustomization.yaml', text))).toEqual([
      'configmap:api-config ORDERS_URL=http://orders:8080 @8',
      'configmap:api-config LOG_LEVEL=info @9',
      'configmap:api-config *=$group:file:k8s/overlays/prod/config/api.env @11',
      'configmap:prod-api-config ORDERS_URL=http://orders:8080 @8',
      'configmap:prod-api-config LOG_LEVEL=info @9',
      'configmap:prod-api-config *=$group:file:k8s/overlays/prod/config/api.env @11',
      'configmap:legacy *=$group:file:k8s/overlays/shared/legacy.env @13',
      'configmap:prod-legacy *=$group:file:k8s/overlays/shared/legacy.env @13',
    ]);
  });

  it('reads secretGenerator key names only, never their values', async () => {
    const text = [
      'secretGenerator:', //                             1
      '  - name: db-credentials', //                     2
      '    literals:', //                                3
      '      - DB_PASSWORD=Canary-Kustomize-1', //       4
      '      - DB_USER=orders', //                       5
      '    envs: [secret.env]', //                       6
      '    files: [tls.key]', //                         7
    ].join('\n');
    const facts = await read('k8s/kustomization.yaml', text);
    expect(groups(facts)).toEqual(['secret:db-credentials DB_PASSWORD=*** @4', 'secret:db-credentials DB_USER=*** @5', 'secret:db-credentials *=$group:file:k8s/secret.env @6']);
    expect(JSON.stringify(facts)).not.toContain('Canary-Kustomize-1');
    expect(JSON.stringify(facts)).not.toContain('orders');
  });

  it('reads env set by inline patches: strategic merge and JSON 6902 on a Deployment', async () => {
    const text = [
      'resources: [../../base]', //                                    1
      'patches:', //                                                   2
      '  - target: {kind: Deployment, name: api}', //                  3
      '    patch: |-', //                                              4
      '      - op: add', //                                            5
      '        path: /spec/template/spec/containers/0/env/-', //       6
      '        value: {name: CACHE_ADDR, value: "cache:6379"}', //     7
      '  - path: replicas.yaml', //                                    8
      '  - patch: |-', //                                              9
      '      apiVersion: apps/v1', //                                  10
      '      kind: Deployment', //                                     11
      '      metadata: {name: worker}', //                             12
      '      spec:', //                                                13
      '        template:', //                                          14
      '          spec:', //                                            15
      '            containers:', //                                    16
      '              - name: worker', //                               17
      '                env:', //                                       18
      '                  - {name: QUEUE_URL, value: "amqp://rabbit:5672"}', // 19
      'patchesStrategicMerge:', //                                     20
      '  - memory.yaml', //                                            21
    ].join('\n');
    const facts = await read('k8s/overlays/prod/kustomization.yaml', text);
    const bindings = facts.flatMap((fact) => (fact.type === 'binding' ? [`${fact.component} ${fact.key}=${fact.value} @${fact.evidence.line} ${fact.evidence.excerpt}`] : []));
    expect(bindings).toEqual(['api CACHE_ADDR=cache:6379 @7 value: {name: CACHE_ADDR, value: "cache:6379"}', 'worker QUEUE_URL=amqp://rabbit:5672 @19 - {name: QUEUE_URL, value: "amqp://rabbit:5672"}']);
  });

  it('a generated ConfigMap taken in by envFrom gives the workload the .env file\'s variables; a generated Secret only their names', async () => {
    const kustomization = await read('k8s/kustomization.yaml', 'configMapGenerator:\n  - name: api-config\n    envs: [api.env]\nsecretGenerator:\n  - name: api-secret\n    envs: [secret.env]\n');
    const envFile = { path: 'k8s/api.env', text: 'ORDERS_URL=http://orders:8080\n' };
    const secretFile = { path: 'k8s/secret.env', text: 'SIGNING_KEY_ID=key-7\n' };
    const context = (file: { path: string; text: string }) => ({ evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
    const bound = [...(await envFileSource.read(envFile, context(envFile))), ...(await envFileSource.read(secretFile, context(secretFile)))].flatMap((fact) => (fact.type === 'binding' ? [fact] : []));
    const members = kustomization.flatMap((fact) => (fact.type === 'binding' ? [fact] : []));
    const at = { file: 'k8s/deployment.yaml', line: 20, excerpt: '- configMapRef' };
    const expanded = expandGroups(
      [...bound, { type: 'binding', component: 'api', key: '*', value: '$group:configmap:api-config', evidence: at }, { type: 'binding', component: 'api', key: '*', value: '$group:secret:api-secret', evidence: at }],
      members,
    );
    expect(expanded.filter((binding) => binding.component === 'api').map((binding) => `${binding.key}=${binding.value} ${binding.evidence.file}:${binding.evidence.line} ${binding.evidence.excerpt}`)).toEqual([
      'ORDERS_URL=http://orders:8080 k8s/api.env:1 ORDERS_URL=http://orders:8080',
      'SIGNING_KEY_ID=*** k8s/secret.env:1 SIGNING_KEY_ID: ***',
    ]);
  });
  it('states what it lists: resources and bases as resources; patches, generator inputs and other files it reads as inputs', async () => {
    const text = [
      'apiVersion: kustomize.config.k8s.io/v1beta1', //      1
      'kind: Kustomization', //                              2
      'resources:', //                                       3
      '  - ../../base', //                                   4
      '  - ../../base/ingress.yaml', //                      5
      '  - github.com/acme/platform//monitoring?ref=v1', //  6
      '  - https://example.com/crd.yaml', //                 7
      'bases: [../shared]', //                               8
      'components: [../../components/tls]', //               9
      'crds: [crds/widget.yaml]', //                         10
      'patchesStrategicMerge:', //                           11
      '  - api-replicas.yaml', //                            12
      '  - |-', //                                           13
      '    apiVersion: apps/v1', //                          14
      '    kind: Deployment', //                             15
      'patches:', //                                         16
      '  - path: api-resources.yaml', //                     17
      'patchesJson6902:', //                                 18
      '  - target: {kind: Deployment, name: api}', //        19
      '    path: api-env.json', //                           20
      'configMapGenerator:', //                              21
      '  - name: scripts', //                                22
      '    files: [run=scripts/run.py]', //                  23
      '    envs: [api.env]', //                              24
      'helmCharts:', //                                      25
      '  - name: redis', //                                  26
      '    valuesFile: redis-values.yaml', //                27
    ].join('\n');
    const facts = (await read('deploy/overlays/prod/kustomization.yaml', text)).filter((fact) => fact.type === 'kustomization');
    expect(facts).toEqual([
      {
        type: 'kustomization',
        folder: 'deploy/overlays/prod',
        resources: ['deploy/base', 'deploy/base/ingress.yaml', 'deploy/overlays/shared', 'deploy/components/tls'],
        inputs: [
          'deploy/overlays/prod/crds/widget.yaml',
          'deploy/overlays/prod/api-replicas.yaml',
          'deploy/overlays/prod/api-resources.yaml',
          'deploy/overlays/prod/api-env.json',
          'deploy/overlays/prod/scripts/run.py',
          'deploy/overlays/prod/api.env',
          'deploy/overlays/prod/redis-values.yaml',
        ],
        evidence: expect.objectContaining({ file: 'deploy/overlays/prod/kustomization.yaml' }),
      },
    ]);
  });

  it('states an empty listing for a kustomization with generators only: it still governs its folder', async () => {
    const facts = await read('k8s/kustomization.yaml', 'configMapGenerator:\n  - name: api-config\n    literals: [A=b]\n');
    expect(facts.filter((fact) => fact.type === 'kustomization')).toEqual([expect.objectContaining({ folder: 'k8s', resources: [], inputs: [] })]);
  });
});
