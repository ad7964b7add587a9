/**
 * Scripts a Kubernetes workload runs from a ConfigMap Kustomize generates from files: the files
 * the kustomization states, the mounts and entry the manifest states, and the two joined.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../core/discovery/facts.js';
import { CONFIGMAP_ENTRY_KEY, CONFIGMAP_FILE_KEY, MOUNTED_CONFIGMAP_KEY } from '../../../core/discovery/mounted-code.js';
import { resolveFacts } from '../../../core/discovery/resolve.js';
import type { Source } from '../../source.js';
import { evidenceFor } from '../../source.js';
import { kubernetesManifestsSource } from './kubernetes-manifests.js';
import { kustomizeSource } from './kustomize.js';

async function read(source: Source, path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return source.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

/** Bindings under keys starting with `prefix`, as `key value`. */
function bound(facts: readonly Fact[], prefix: string): string[] {
  return facts.flatMap((fact) => (fact.type === 'binding' && fact.key.startsWith(prefix) ? [`${fact.component ?? fact.scope ?? ''} ${fact.key} ${fact.value}`] : []));
}

const KUSTOMIZATION = [
  'namePrefix: prod-',
  'configMapGenerator:',
  '  - name: sweeper-scripts',
  '    files:',
  '      - sweeper/sweep.py',
  '      - closures.py=lib/closures_client.py',
  '      - ../../outside.py',
  '  - name: sweeper-env',
  '    literals: [MODE=nightly]',
  'secretGenerator:',
  '  - name: sweeper-secret',
  '    files: [token.txt]',
  '',
].join('\n');

function cronJob(command: string, mounts: string[] = ['                - { name: scripts, mountPath: /opt/sweeper }']): string {
  return [
    'apiVersion: batch/v1',
    'kind: CronJob',
    'metadata: { name: trail-sweeper }',
    'spec:',
    '  jobTemplate:',
    '    spec:',
    '      template:',
    '        spec:',
    '          containers:',
    '            - name: sweeper',
    '              image: python:3.12-slim',
    `              command: ${command}`,
    '              volumeMounts:',
    ...mounts,
    '          volumes:',
    '            - { name: scripts, configMap: { name: sweeper-scripts } }',
    '            - { name: settings, configMap: { name: sweeper-settings } }',
    '            - { name: cache, emptyDir: {} }',
    '',
  ].join('\n');
}

describe('ConfigMaps of scripts', () => {
  it("states each generated key's file, under both spellings of the map's name, and no group member", async () => {
    const facts = await read(kustomizeSource, 'deploy/k8s/kustomization.yaml', KUSTOMIZATION);
    expect(bound(facts, CONFIGMAP_FILE_KEY)).toEqual([
      `deploy/k8s ${CONFIGMAP_FILE_KEY}sweeper-scripts sweep.py=deploy/k8s/sweeper/sweep.py`,
      `deploy/k8s ${CONFIGMAP_FILE_KEY}sweeper-scripts closures.py=deploy/k8s/lib/closures_client.py`,
      `deploy/k8s ${CONFIGMAP_FILE_KEY}sweeper-scripts outside.py=outside.py`,
      `deploy/k8s ${CONFIGMAP_FILE_KEY}prod-sweeper-scripts sweep.py=deploy/k8s/sweeper/sweep.py`,
      `deploy/k8s ${CONFIGMAP_FILE_KEY}prod-sweeper-scripts closures.py=deploy/k8s/lib/closures_client.py`,
      `deploy/k8s ${CONFIGMAP_FILE_KEY}prod-sweeper-scripts outside.py=outside.py`,
    ]);
    expect(facts.some((fact) => fact.type === 'binding' && fact.group !== undefined && fact.key.startsWith(CONFIGMAP_FILE_KEY))).toBe(false);
  });

  it.each<[string, string, string[], string[]]>([
    ['a Python script of the mounted map', '["python", "-u", "/opt/sweeper/sweep.py"]', ['                - { name: scripts, mountPath: /opt/sweeper }', '                - { name: settings, mountPath: /etc/sweeper }'], ['sweeper-scripts', 'sweeper-settings', 'python:sweeper-scripts/sweep.py']],
    ['a Node file mounted by subPath', '["node", "/app/relay.js"]', ['                - { name: scripts, mountPath: /app/relay.js, subPath: relay.js }'], ['sweeper-scripts', 'node:sweeper-scripts/relay.js']],
    ['a program of the image', '["/usr/local/bin/sweep"]', ['                - { name: scripts, mountPath: /opt/sweeper }'], ['sweeper-scripts']],
    ['a script outside the mounts', '["python", "/srv/sweep.py"]', ['                - { name: cache, mountPath: /srv }'], []],
  ])('states the mounted maps and the entry: %s', async (_name, command, mounts, expected) => {
    const facts = await read(kubernetesManifestsSource, 'deploy/k8s/trail-sweeper.yaml', cronJob(command, mounts));
    expect([...bound(facts, MOUNTED_CONFIGMAP_KEY), ...bound(facts, CONFIGMAP_ENTRY_KEY)].map((line) => line.split(' ')[2])).toEqual(expected);
  });

  it("gives the folder of the map's scripts to the workload running them, not to a service built from the repository root", async () => {
    const facts: Fact[] = [
      ...(await read(kustomizeSource, 'deploy/k8s/kustomization.yaml', ['resources: [trail-sweeper.yaml]', 'configMapGenerator:', '  - name: sweeper-scripts', '    files: [sweeper/sweep.py, sweeper/closures.py]', '  - name: sweeper-settings', '    files: [sweeper/sweeper.ini]', ''].join('\n'))),
      ...(await read(kubernetesManifestsSource, 'deploy/k8s/trail-sweeper.yaml', cronJob('["python", "/opt/sweeper/sweep.py"]'))),
      { type: 'component', name: 'portal', kind: 'application', root: '', evidence: { file: 'docker-compose.yml', line: 1, excerpt: '' }, confidence: 0.95 },
      { type: 'connection', target: { url: 'https://api.moorwarden.io/v1/closures' }, role: 'calls', mechanism: 'rest', evidence: { file: 'deploy/k8s/sweeper/closures.py', line: 4, excerpt: '' }, confidence: 0.9 },
      { type: 'connection', target: { url: 'https://api.fellmap.io/v1/tiles' }, role: 'calls', mechanism: 'rest', evidence: { file: 'portal/src/map.ts', line: 4, excerpt: '' }, confidence: 0.9 },
    ];
    expect(resolveFacts(facts).integrations.map((edge) => `${edge.source} -> ${edge.target}`).sort()).toEqual(['portal -> api-fellmap-io', 'trail-sweeper -> api-moorwarden-io']);
  });
});
