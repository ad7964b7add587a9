import { describe, expect, it } from 'vitest';
import type { BindingFact, Fact } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { configMapDocumentFacts } from './configmap-documents.js';
import { kubernetesManifestsSource } from './kubernetes-manifests.js';

const evidenceAt = evidenceFor({ path: 'manifests/quick-start/controller-configmap.yaml', text: 'x\n'.repeat(40) });

describe('ConfigMap documents', () => {
  it.each([
    ['a nested block', 'persistence', 'archive: true\npostgresql:\n  host: postgres\n  port: 5432\n', [['persistence.archive', 'true', 5], ['persistence.postgresql.host', 'postgres', 7], ['persistence.postgresql.port', '5432', 8]]],
    ['an issuer', 'sso', 'issuer: http://dex:5556/dex\nclientId: loom\n', [['sso.issuer', 'http://dex:5556/dex', 5], ['sso.clientId', 'loom', 6]]],
    ['JSON written as a block', 'artifactRepository', '{"s3": {"endpoint": "minio:9000",\n "bucket": "out"}}\n', [['artifactRepository.s3.endpoint', 'minio:9000', 5], ['artifactRepository.s3.bucket', 'out', 6]]],
    ['a one-line value', 'parallelism', '20', []],
    ['a script', 'init', '#!/bin/sh\necho hi\n', []],
    ['a list', 'hosts', '- a\n- b\n', []],
  ])('%s', (_, key, value, expected) => {
    const facts = configMapDocumentFacts('loom-config', key, value, 4, evidenceAt);
    expect(facts.map((fact) => [fact.key, fact.value, fact.evidence.line])).toEqual(expected);
    for (const fact of facts) expect(fact).toMatchObject({ group: 'configmap-document:loom-config' });
    for (const fact of facts) expect(fact.scope).toBeUndefined();
  });

  it('masks secrets a document holds', () => {
    const [password] = configMapDocumentFacts('loom-config', 'persistence', 'postgresql:\n  password: CANARY-hunter2\n', 1, evidenceAt);
    expect(password?.value).not.toContain('hunter2');
    expect(password?.evidence.excerpt ?? '').not.toContain('hunter2');
  });

  it('reads the documents of a manifest ConfigMap, not its file-named entries', async () => {
    const text = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: loom-controller-configmap',
      'data:',
      '  sso: |',
      '    issuer: http://dex:5556/dex',
      '  config.yaml: |',
      '    issuer: http://elsewhere:5556',
      '',
    ].join('\n');
    const file = { path: 'manifests/base/cm.yaml', text };
    const facts: Fact[] = await kubernetesManifestsSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
    const members = facts.filter((fact): fact is BindingFact => fact.type === 'binding' && fact.group?.startsWith('configmap-document:') === true);
    expect(members.map((fact) => [fact.group, fact.key, fact.value, fact.evidence.line])).toEqual([['configmap-document:loom-controller-configmap', 'sso.issuer', 'http://dex:5556/dex', 7]]);
  });
});
