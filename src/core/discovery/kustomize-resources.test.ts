import { describe, expect, it } from 'vitest';
import type { Fact, KustomizationFact } from './facts.js';
import { unlistedManifest, withoutUnlistedManifests } from './kustomize-resources.js';

/** A kustomization in `folder` listing resources and other inputs (scan-root relative). */
function kustomization(folder: string, resources: string[], inputs: string[] = []): KustomizationFact {
  return { type: 'kustomization', folder, resources, inputs, evidence: { file: `${folder}/kustomization.yaml`, line: 1, excerpt: 'resources:' } };
}

const base = kustomization('deploy/base', ['deploy/base/api.yaml', 'deploy/base/worker.yaml', 'deploy/base/extras', 'deploy/base/nested'], [
  'deploy/base/api-patch.yaml',
  'deploy/base/config/api.env',
]);
const overlay = kustomization('deploy/overlays/prod', ['deploy/base', 'deploy/base/ingress.yaml']);
const nested = kustomization('deploy/base/nested', ['deploy/base/nested/cron.yaml']);

describe('unlistedManifest', () => {
  it.each([
    ['listed by its own kustomization', 'deploy/base/api.yaml', false],
    ['listed by an overlay as a file', 'deploy/base/ingress.yaml', false],
    ['a patch file', 'deploy/base/api-patch.yaml', false],
    ['beside the kustomization, listed by none', 'deploy/base/old-worker.yaml', true],
    ['in an overlay folder, listed by none', 'deploy/overlays/prod/debug-pod.yaml', true],
    ['in a subfolder nothing lists', 'deploy/base/debug/pod.yaml', true],
    ['in a listed subfolder without a kustomization', 'deploy/base/extras/queue.yaml', false],
    ['in a subfolder with its own kustomization, listed there', 'deploy/base/nested/cron.yaml', false],
    ['in a subfolder with its own kustomization, not listed there (listing the folder is not enough)', 'deploy/base/nested/old.yaml', true],
    ['in a folder no kustomization governs', 'k8s/api.yaml', false],
    ['beside it but a Compose file', 'deploy/base/docker-compose.yml', false],
    ['beside it but Spring settings', 'deploy/base/application.yml', false],
    ['beside it but code', 'deploy/base/tools/check.py', false],
    ['a generator input', 'deploy/base/config/api.env', false],
  ])('%s: %s → %s', (_case, file, unlisted) => {
    expect(unlistedManifest(file, [base, overlay, nested])).toBe(unlisted);
  });

  it('decides for no hidden folder under a kustomization at the scan root', () => {
    const root = kustomization('', ['k8s']);
    expect(unlistedManifest('.github/workflows/ci.yml', [root])).toBe(false);
    expect(unlistedManifest('docs/example.yaml', [root])).toBe(true);
    expect(unlistedManifest('k8s/api.yaml', [root])).toBe(false);
  });
});

describe('withoutUnlistedManifests', () => {
  const at = (file: string): Fact => ({ type: 'component', name: file, kind: 'application', evidence: { file, line: 1, excerpt: '' }, confidence: 0.95 });

  it('drops the facts of unlisted manifests and the kustomizations\' own facts', () => {
    const facts = [base, at('deploy/base/api.yaml'), at('deploy/base/old-worker.yaml'), at('services/api/main.go')];
    expect(withoutUnlistedManifests(facts).map((fact) => fact.evidence.file)).toEqual(['deploy/base/api.yaml', 'services/api/main.go']);
  });

  it('keeps what no Kubernetes object gives (an API an OpenAPI document in an unlisted folder provides)', () => {
    const provides: Fact = { type: 'provides', component: 'api', api: 'orders', protocol: 'rest', evidence: { file: 'deploy/base/docs/openapi.yaml', line: 1, excerpt: 'openapi: 3.0.0' } };
    expect(withoutUnlistedManifests([base, provides])).toEqual([provides]);
  });

  it('leaves the facts alone when there is no kustomization', () => {
    const facts = [at('deploy/base/old-worker.yaml')];
    expect(withoutUnlistedManifests(facts)).toBe(facts);
  });
});

describe('withoutUnlistedManifests, patches', () => {
  const binding = (file: string, component: string, value: string): Fact => ({ type: 'binding', component, key: 'redis', value, evidence: { file, line: 1, excerpt: '' } });

  it('puts what an overlay\'s patch sets on a workload before what the base sets, so it wins', () => {
    const ha = kustomization('manifests/ha', ['manifests/base', 'manifests/ha/redis-ha.yaml'], ['manifests/ha/repo-server-patch.yaml']);
    const plain = kustomization('manifests/base', ['manifests/base/repo-server.yaml']);
    const facts: Fact[] = [plain, ha, binding('manifests/base/repo-server.yaml', 'repo-server', 'redis:6379'), binding('manifests/ha/repo-server-patch.yaml', 'repo-server', 'redis-ha-haproxy:6379')];
    expect(withoutUnlistedManifests(facts).map((fact) => (fact.type === 'binding' ? fact.value : fact.type))).toEqual(['redis-ha-haproxy:6379', 'redis:6379']);
  });

  it('keeps the order where no patch sets anything', () => {
    const plain = kustomization('manifests/base', ['manifests/base/repo-server.yaml', 'manifests/base/server.yaml']);
    const facts: Fact[] = [plain, binding('manifests/base/server.yaml', 'server', 'a:1'), binding('manifests/base/repo-server.yaml', 'repo-server', 'b:1')];
    expect(withoutUnlistedManifests(facts).map((fact) => (fact.type === 'binding' ? fact.value : fact.type))).toEqual(['a:1', 'b:1']);
  });
});
