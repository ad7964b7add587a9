/**
 * Dex configurations (dex-config.ts): each connector with an upstream is a call of it, with no
 * component of its own; mock connectors, commented-out ones and files that are not Dex's are not.
 * Embedded in a ConfigMap, the connectors are the calls of the workload mounting it.
 */
import { describe, expect, it } from 'vitest';
import type { ConnectionFact, Fact } from '../../../core/discovery/facts.js';
import { readSnippet } from '../code/code-test-support.js';
import { dexConfigSource } from './dex-config.js';
import { kubernetesManifestsSource } from './kubernetes-manifests.js';

const DEX = `issuer: http://localhost:5556/dex
storage:
  type: memory
connectors:
  - type: github
    id: github
    name: GitHub
    config:
      clientID: x
  - type: oidc
    id: corp
    name: Corp
    config:
      issuer: https://sso.corp.internal/realms/staff
  - type: ldap
    id: ldap
    name: LDAP
    config:
      host: ldap.corp.internal:636
  - type: mockCallback
    id: mock
    name: Example
  # - type: google
  #   id: google
`;

const calls = (facts: readonly Fact[]): object[] =>
  facts.filter((fact): fact is ConnectionFact => fact.type === 'connection').map(({ component, target, mechanism, technology, targetKind, evidence }) => ({ component, target, mechanism, technology, targetKind, line: evidence.line }));

describe('dex-config', () => {
  it('reads the connectors of a Dex configuration file', async () => {
    expect(calls(await readSnippet(dexConfigSource, 'dex/config.yaml', DEX))).toEqual([
      { component: undefined, target: {}, mechanism: 'rest', technology: 'GitHub', targetKind: 'saas', line: 5 },
      { component: undefined, target: { url: 'https://sso.corp.internal/realms/staff' }, mechanism: 'rest', technology: 'OpenID Connect', targetKind: undefined, line: 14 },
      { component: undefined, target: { host: 'ldap.corp.internal', port: 636 }, mechanism: 'other', technology: 'LDAP', targetKind: undefined, line: 19 },
    ]);
  });

  it('ignores YAML with an issuer that is not Dex', async () => {
    expect(calls(await readSnippet(dexConfigSource, 'config/jwt.yaml', 'issuer: https://auth.example.com\naudience: api\n'))).toEqual([]);
  });

  it('gives a ConfigMap-embedded configuration to the workload mounting it', async () => {
    const indented = DEX.split('\n').map((line) => (line === '' ? line : `    ${line}`)).join('\n');
    const manifest = `apiVersion: v1
kind: ConfigMap
metadata:
  name: dex-config
data:
  config.yaml: |
${indented}---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: sso
spec:
  template:
    spec:
      containers:
        - name: dex
          image: ghcr.io/dexidp/dex:v2.41.1
      volumes:
        - name: config
          configMap:
            name: dex-config
`;
    const found = calls(await readSnippet(kubernetesManifestsSource, 'k8s/dex.yaml', manifest)) as { component?: string; technology?: string }[];
    expect(found.filter((call) => call.component === 'sso').map((call) => call.technology)).toEqual(['GitHub', 'OpenID Connect', 'LDAP']);
  });
});
