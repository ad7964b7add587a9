import { describe, expect, it } from 'vitest';
import type { BindingFact, ConnectionFact, Fact } from './facts.js';
import { resolveFacts } from './resolve.js';
import { expandServiceLinks, SERVICE_LINKS_GROUP, SERVICE_LINKS_INCLUSION, serviceLinkName, serviceLinkVariables } from './service-links.js';
import { evidenceFor } from '../../discovery/source.js';
import { kubernetesManifestsSource } from '../../discovery/sources/config/kubernetes-manifests.js';
import { readSnippet } from '../../discovery/sources/code/code-test-support.js';
import { typescriptCodeSource } from '../../discovery/sources/code/typescript-source.js';
import { goCodeSource } from '../../discovery/sources/code/go-source.js';

const at = (file: string, line = 1) => ({ file, line, excerpt: '' });

describe('serviceLinkName and serviceLinkVariables', () => {
  it.each([
    ['ml-pipeline', 'ML_PIPELINE'],
    ['minio-service', 'MINIO_SERVICE'],
    ['metadata-grpc-service', 'METADATA_GRPC_SERVICE'],
    ['redis', 'REDIS'],
    ['grpc-api', 'GRPC_API'],
  ])('%s → %s', (name, prefix) => {
    expect(serviceLinkName(name)).toBe(prefix);
  });

  it.each([
    ['no ports: only the host', [], [['API_SERVICE_HOST', 'api']]],
    ['an unnamed port: the plain port', [{ port: 8080 }], [['API_SERVICE_HOST', 'api'], ['API_SERVICE_PORT', '8080']]],
    [
      'named ports: the first as the plain port, each by its name',
      [{ port: 8888, name: 'http' }, { port: 8887, name: 'grpc-api' }],
      [['API_SERVICE_HOST', 'api'], ['API_SERVICE_PORT', '8888'], ['API_SERVICE_PORT_HTTP', '8888'], ['API_SERVICE_PORT_GRPC_API', '8887']],
    ],
  ] as const)('%s', (_label, ports, expected) => {
    expect(serviceLinkVariables('api', ports).map(({ key, value }) => [key, value])).toEqual(expected);
  });
});

describe('expandServiceLinks', () => {
  const member = (key: string, value: string, file: string): BindingFact => ({ type: 'binding', group: SERVICE_LINKS_GROUP, key, value, evidence: at(file) });
  const include = (component: string, file: string): BindingFact => ({ type: 'binding', component, key: '*', value: SERVICE_LINKS_INCLUSION, evidence: at(file) });
  const own: BindingFact = { type: 'binding', component: 'ui', key: 'API_SERVICE_HOST', value: 'override', evidence: at('k8s/ui.yaml', 9) };

  it('gives each including workload every Service’s variables, after its own environment', () => {
    const result = expandServiceLinks([include('ui', 'k8s/ui.yaml'), own], [member('API_SERVICE_HOST', 'api', 'k8s/api.yaml'), member('DB_SERVICE_HOST', 'db', 'k8s/db.yaml')]);
    expect(result.map((binding) => [binding.component, binding.key, binding.value, binding.serviceLink ?? false])).toEqual([
      ['ui', 'API_SERVICE_HOST', 'override', false],
      ['ui', 'API_SERVICE_HOST', 'api', true],
      ['ui', 'DB_SERVICE_HOST', 'db', true],
    ]);
  });

  it('takes a variable several files set from the nearest one (an overlay’s copy of a Service)', () => {
    const result = expandServiceLinks([include('ui', 'overlays/prod/ui.yaml')], [member('API_SERVICE_PORT', '80', 'base/api.yaml'), member('API_SERVICE_PORT', '8080', 'overlays/prod/api.yaml')]);
    expect(result.map((binding) => binding.value)).toEqual(['8080']);
  });

  it('binds nothing without a Service, and leaves other bindings alone', () => {
    expect(expandServiceLinks([include('ui', 'k8s/ui.yaml'), own], [])).toEqual([own]);
  });
});

async function manifest(path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return kubernetesManifestsSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

const deployment = (name: string, extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:${extra}
      containers:
        - name: main
          image: registry.acme.example/${name}:1.0
`;
const service = (name: string, app: string, spec = '') => `apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:${spec}
  selector:
    app: ${app}
  ports:
    - name: grpc
      port: 9090
`;

describe('the Kubernetes source states the links', () => {
  it.each([
    ['a Service with a cluster IP', service('ml-pipeline', 'api'), ['ML_PIPELINE_SERVICE_HOST=ml-pipeline', 'ML_PIPELINE_SERVICE_PORT=9090', 'ML_PIPELINE_SERVICE_PORT_GRPC=9090']],
    ['a headless Service: none', service('events', 'events', '\n  clusterIP: None'), []],
    ['an ExternalName Service: none', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: payments\nspec:\n  type: ExternalName\n  externalName: pay.example.net\n', []],
  ])('%s', async (_label, text, expected) => {
    const facts = await manifest('k8s/svc.yaml', text);
    const links = facts.filter((fact): fact is BindingFact => fact.type === 'binding' && fact.group === SERVICE_LINKS_GROUP);
    expect(links.map((link) => `${link.key}=${link.value}`)).toEqual(expected);
  });

  it.each([
    ['a Deployment takes them in', '', true],
    ['`enableServiceLinks: false` turns them off', '\n      enableServiceLinks: false', false],
  ])('%s', async (_label, extra, included) => {
    const facts = await manifest('k8s/ui.yaml', deployment('ui', extra));
    expect(facts.some((fact) => fact.type === 'binding' && fact.component === 'ui' && fact.value === SERVICE_LINKS_INCLUSION)).toBe(included);
  });
});

describe('code reading service links resolves to the Service’s workload', () => {
  const ts = `const { FLOW_API_SERVICE_HOST = 'localhost', FLOW_API_SERVICE_PORT = '3001', CACHE_SERVICE_HOST = 'localhost' } = process.env;
export async function runs() {
  await fetch(\`http://\${FLOW_API_SERVICE_HOST}:\${FLOW_API_SERVICE_PORT}/apis/v1/runs\`);
  await fetch(\`http://\${CACHE_SERVICE_HOST}:8099/artifacts\`);
}
`;
  const go = `package storage

import (
	"os"

	"github.com/minio/minio-go/v7"
)

const minioServiceHost = "MINIO_SERVICE_SERVICE_HOST"

func New() (*minio.Client, error) {
	return minio.New(os.Getenv(minioServiceHost)+":9000", &minio.Options{})
}
`;
  const scan = async (uiExtra = ''): Promise<string[]> => {
    const facts: Fact[] = [
      { type: 'component', name: 'ui', kind: 'application', root: 'ui', project: true, evidence: at('ui/package.json'), confidence: 0.4 },
      { type: 'component', name: 'flow', kind: 'application', root: 'flow', project: true, evidence: at('flow/go.mod'), confidence: 0.4 },
      ...(await manifest('k8s/ui.yaml', deployment('ui', uiExtra))),
      ...(await manifest('k8s/flow.yaml', `${deployment('flow')}---\n${service('flow-api', 'flow')}`)),
      ...(await manifest('k8s/minio.yaml', `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: minio\nspec:\n  template:\n    metadata:\n      labels:\n        app: minio\n    spec:\n      containers:\n        - name: minio\n          image: minio/minio:latest\n---\n${service('minio-service', 'minio')}`)),
      ...(await readSnippet(typescriptCodeSource, 'ui/src/runs.ts', ts)),
      ...(await readSnippet(goCodeSource, 'flow/storage/minio.go', go)),
    ];
    const graph = resolveFacts(facts);
    return graph.integrations.map((edge) => `${edge.source} -> ${edge.target} ${edge.mechanism}`).sort();
  };

  it('follows the variables to the workloads the Services select, and nothing for a variable of no Service', async () => {
    expect(await scan()).toEqual(['flow -> minio file-transfer', 'ui -> flow rest']);
  });

  it('makes no edge for a workload with `enableServiceLinks: false`, nor guesses the link from another workload', async () => {
    expect(await scan('\n      enableServiceLinks: false')).toEqual(['flow -> minio file-transfer']);
  });

  it('reads a name destructured from process.env, with a default, as that variable', async () => {
    const connection = (await readSnippet(typescriptCodeSource, 'ui/src/runs.ts', ts)).filter((fact): fact is ConnectionFact => fact.type === 'connection');
    expect(connection.map((fact) => fact.target.key)).toContain('FLOW_API_SERVICE_HOST');
  });

  it.each([
    ['shorthand', "const { SEARCH_SERVICE_HOST } = process.env;\nfetch(`http://${SEARCH_SERVICE_HOST}/q`);"],
    ['shorthand with a default', "const { SEARCH_SERVICE_HOST = 'localhost' } = process.env;\nfetch(`http://${SEARCH_SERVICE_HOST}/q`);"],
    ['renamed', "const { SEARCH_SERVICE_HOST: host } = process.env;\nfetch(`http://${host}/q`);"],
    ['renamed with a default', "const { SEARCH_SERVICE_HOST: host = 'localhost' } = process.env;\nfetch(`http://${host}/q`);"],
  ])('destructuring the environment: %s', async (_label, text) => {
    const facts = (await readSnippet(typescriptCodeSource, 'ui/src/search.ts', text)).filter((fact): fact is ConnectionFact => fact.type === 'connection');
    expect(facts.map((fact) => fact.target.key)).toEqual(['SEARCH_SERVICE_HOST']);
  });
});
