import { describe, expect, it } from 'vitest';
import { areVariantsOf, isNamedAfter, isVersionLabel, redeploysComposeService, type DeployedRun, type SelectedWorkload } from './service-variants.js';

const workload = (name: string, labels: Record<string, string>): SelectedWorkload => ({ name, labels });

describe('areVariantsOf: the workloads a Service selects as releases of one app', () => {
  it.each<[string, string, SelectedWorkload[], boolean]>([
    ['Bookinfo: named <service>-vN, labels differing in version', 'details', [workload('details-v1', { app: 'details', version: 'v1' }), workload('details-v2', { app: 'details', version: 'v2' })], true],
    ['a suffix longer than a version (ratings-v2-mysql)', 'ratings', [workload('ratings-v1', { app: 'ratings', version: 'v1' }), workload('ratings-v2-mysql', { app: 'ratings', version: 'v2-mysql' })], true],
    ['the recommended version label, names unrelated to the Service', 'web', [workload('frontend-blue', { 'app.kubernetes.io/name': 'web', 'app.kubernetes.io/version': '1.4' }), workload('frontend-green', { 'app.kubernetes.io/name': 'web', 'app.kubernetes.io/version': '1.5' })], true],
    ['a canary track beside the stable one, named after the Service', 'cart', [workload('cart-stable', { app: 'cart', track: 'stable' }), workload('cart-canary', { app: 'cart', track: 'canary' })], true],
    ['one release named after the Service', 'productpage', [workload('productpage-v1', { app: 'productpage', version: 'v1' })], true],
    ['two apps sharing a tier label', 'backend-pool', [workload('inventory', { app: 'inventory', tier: 'backend' }), workload('shipping', { app: 'shipping', tier: 'backend' })], false],
    ['two apps named after the Service but labelled as different apps', 'api', [workload('api-gateway', { app: 'api-gateway', tier: 'api' }), workload('api-worker', { app: 'api-worker', tier: 'api' })], false],
    ['a primary and a replica (a role is no version)', 'postgres', [workload('postgres-primary', { app: 'postgres', role: 'primary' }), workload('postgres-replica', { app: 'postgres', role: 'replica' })], false],
    ['same labels, names neither after the Service nor versioned', 'backend-pool', [workload('inventory', { tier: 'backend' }), workload('shipping', { tier: 'backend' })], false],
    ['nothing selected', 'details', [], false],
  ])('%s', (_name, service, workloads, expected) => {
    expect(areVariantsOf(service, workloads)).toBe(expected);
  });
});

describe('isNamedAfter and isVersionLabel', () => {
  it.each<[string, string, boolean]>([
    ['details', 'details-v1', true],
    ['details', 'Details_V2', true],
    ['details', 'details', false],
    ['details', 'detailsv1', false],
    ['details', 'details-', false],
    ['api', 'apigateway', false],
  ])('%s / %s', (service, workload, expected) => {
    expect(isNamedAfter(service, workload)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['version', true],
    ['app.kubernetes.io/version', true],
    ['track', true],
    ['color', true],
    ['app', false],
    ['tier', false],
    ['role', false],
    ['versioned-by', false],
  ])('%s', (key, expected) => {
    expect(isVersionLabel(key)).toBe(expected);
  });
});

describe('redeploysComposeService: a Compose service and the workload its namesake Service selects', () => {
  const run = (over: Partial<DeployedRun> = {}): DeployedRun => ({ kind: 'application', roots: [], images: [], files: [], ...over });
  it.each<[string, DeployedRun, DeployedRun, boolean]>([
    ['an httpd front built in compose, a workload on an image of another name', run({ roots: ['docker/apache'], files: ['docker/docker-compose.yml'] }), run({ files: ['kubernetes/apache.yaml'] }), true],
    ['both running one code folder', run({ roots: ['services/order'], files: ['docker-compose.yml'] }), run({ roots: ['services/order'], files: ['k8s/order.yaml'] }), true],
    ['different code folders', run({ roots: ['services/order'], files: ['docker-compose.yml'] }), run({ roots: ['services/legacy-order'], files: ['k8s/order.yaml'] }), false],
    ['different registry images', run({ images: ['order'], files: ['docker-compose.yml'] }), run({ images: ['order-v2'], files: ['k8s/order.yaml'] }), false],
    ['a compose PostgreSQL and a workload on a custom image', run({ kind: 'database', technology: 'PostgreSQL', files: ['docker-compose.yml'] }), run({ files: ['k8s/postgres.yaml'] }), true],
    ['two products under one name', run({ kind: 'database', technology: 'Memcached', files: ['docker-compose.yml'] }), run({ kind: 'database', technology: 'Redis', files: ['k8s/cache.yaml'] }), false],
    ['a broker and a database', run({ kind: 'message-broker', files: ['docker-compose.yml'] }), run({ kind: 'database', files: ['k8s/queue.yaml'] }), false],
    ['defined in one file', run({ files: ['stack.yml'] }), run({ files: ['stack.yml'] }), false],
  ])('%s', (_name, service, workload, expected) => {
    expect(redeploysComposeService(service, workload)).toBe(expected);
  });
});
