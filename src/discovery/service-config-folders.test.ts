/**
 * Spring settings in a shared folder outside the modules (core/discovery/service-config-folders.ts),
 * scanned for real: each workload gets the files it mounts or names, the folder's base file is
 * everyone's, a developer's profile and another service's file are nobody's.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanPaths } from './scan.js';

const deployment = (name: string, volume: string, env = ''): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  template:
    spec:
      containers:
        - name: ${name}
          image: acme/${name}:1${env}
      volumes:
        - name: config
          ${volume}
`;

const CONFIG = {
  'config/acme.yml': 'spring:\n  jackson:\n    default-property-inclusion: non_null\nservices:\n  billing:\n    baseUrl: http://billing-api:8080\n',
  'config/orders.yml': 'spring:\n  datasource:\n    url: jdbc:mysql://orders-mysql:3306/orders\n',
  'config/orders-local.yml': 'spring:\n  data:\n    redis:\n      host: dev-redis\n',
  'config/billing.yml': 'spring:\n  data:\n    redis:\n      host: billing-redis\n',
};

const CASES: [string, Record<string, string>, string[]][] = [
  [
    'Kustomize: a Secret generated from the files, mounted by workloads named otherwise (a developer\'s profile among them not read)',
    {
      ...CONFIG,
      'deploy/kustomization.yaml': `resources: [orders.yaml, billing.yaml]
secretGenerator:
  - name: orders-settings
    files: [../config/acme.yml, ../config/orders.yml, ../config/orders-local.yml]
  - name: billing-settings
    files: [../config/acme.yml, ../config/billing.yml]
`,
      'deploy/orders.yaml': deployment('ordering', 'secret: { secretName: orders-settings }'),
      'deploy/billing.yaml': deployment('invoicing', 'secret: { secretName: billing-settings }'),
    },
    ['invoicing -> billing-redis', 'ordering -> orders-mysql'],
  ],
  [
    'SPRING_CONFIG_ADDITIONAL_LOCATION naming the files',
    {
      ...CONFIG,
      'deploy/orders.yaml': deployment('ordering', 'emptyDir: {}', '\n          env:\n            - name: SPRING_CONFIG_ADDITIONAL_LOCATION\n              value: optional:file:/config/acme.yml,optional:file:/config/orders.yml'),
      'deploy/billing.yaml': deployment('invoicing', 'emptyDir: {}', '\n          env:\n            - name: SPRING_CONFIG_IMPORT\n              value: optional:file:/config/billing.yml'),
    },
    ['invoicing -> billing-redis', 'ordering -> orders-mysql'],
  ],
];

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'patchbay-service-config-folders-'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('a shared Spring settings folder', () => {
  it.each(CASES)('%s', async (name, files, expected) => {
    const folder = join(root, name.replace(/[^A-Za-z0-9]+/g, '-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), text);
    }
    const result = await scanPaths([folder]);
    expect(result.integrations.map((edge) => `${edge.source} -> ${edge.target}`).sort()).toEqual(expected);
  });
});
