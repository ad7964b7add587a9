import { describe, expect, it } from 'vitest';
import { namedAlike, sameRoleDeployables, switchesOf, type RoleDeployable } from './role-switches.js';

const settings = (entries: Record<string, string>): Map<string, string> => new Map(Object.entries(entries));

describe('switchesOf', () => {
  it.each<[Record<string, string>, string]>([
    [{ ACME_ENABLE_ALL_SERVICES: 'false', ACME_ENABLE_CATALOG_SERVICE: 'true', ACME_CATALOG_ENDPOINT: 'http://catalog:3333' }, 'ACME_ENABLE_ALL_SERVICES=false\nACME_ENABLE_CATALOG_SERVICE=true'],
    [{ FEATURE: 'On', DEBUG: 'no' }, 'DEBUG=false\nFEATURE=true'],
    [{ DEBUG: 'false' }, ''],
    [{ WORKERS: '1', PORT: '3333' }, ''],
  ])('%j', (input, expected) => {
    expect(switchesOf(settings(input))).toBe(expected);
  });
});

describe('namedAlike', () => {
  it.each<[string, string, boolean]>([
    ['acme-catalog', 'catalog', true],
    ['catalog', 'catalog-svc', true],
    ['catalog', 'catalog', true],
    ['acme_public-api', 'public-api', true],
    ['bigcatalog', 'catalog', false],
    ['catalog', 'copy', false],
  ])('%s ~ %s → %s', (left, right, expected) => {
    expect(namedAlike(left, right)).toBe(expected);
  });
});

describe('sameRoleDeployables', () => {
  const role = (name: string, file: string, role: string, image = 'acme/platform'): RoleDeployable<string> => ({
    component: name,
    name,
    file,
    image,
    settings: settings({ ACME_ENABLE_ALL_SERVICES: 'false', [`ACME_ENABLE_${role}_SERVICE`]: 'true' }),
  });
  it.each<[string, RoleDeployable<string>[], [string, string][]]>([
    [
      'compose and Kubernetes running one role under two names',
      [role('catalog', 'docker-compose.yml', 'CATALOG'), role('copy', 'docker-compose.yml', 'COPY'), role('acme-catalog', 'k8s/roles.yaml', 'CATALOG'), role('acme-copy', 'k8s/roles.yaml', 'COPY')],
      [['catalog', 'acme-catalog'], ['copy', 'acme-copy']],
    ],
    ['two services of one file with the same switches stay two', [role('catalog', 'docker-compose.yml', 'CATALOG'), role('catalog-replica', 'docker-compose.yml', 'CATALOG')], []],
    ['other images stay apart', [role('catalog', 'docker-compose.yml', 'CATALOG'), role('acme-catalog', 'k8s/roles.yaml', 'CATALOG', 'acme/legacy')], []],
    ['names that do not agree stay apart', [role('catalog', 'docker-compose.yml', 'CATALOG'), role('titles', 'k8s/roles.yaml', 'CATALOG')], []],
    ['a third deployable with the same switches leaves the choice open', [role('catalog', 'docker-compose.yml', 'CATALOG'), role('acme-catalog', 'k8s/roles.yaml', 'CATALOG'), role('catalog-eu', 'k8s/eu.yaml', 'CATALOG')], []],
  ])('%s', (_name, deployables, expected) => {
    expect(sameRoleDeployables(deployables)).toEqual(expected);
  });
});

describe('sameRoleDeployables: a Helm chart deploying the roles a compose file runs', () => {
  const run = (name: string, file: string, command: string, chartWorkload?: 'whole' | 'suffixed', image = 'ghcr.io/acme/desk'): RoleDeployable<string> => ({
    component: name,
    name,
    file,
    image,
    settings: new Map(),
    command,
    ...(chartWorkload !== undefined ? { chartWorkload } : {}),
  });
  it.each<[string, RoleDeployable<string>[], [string, string][]]>([
    ['the chart\'s main workload, named by the release alone, is the service running the CMD', [run('web', 'docker-compose.yml', ''), run('worker', 'docker-compose.yml', 'worker'), run('desk-desk', 'charts/desk/templates/web.yaml', '', 'whole')], [['web', 'desk-desk']]],
    ['a suffixed workload of the same command and an alike name', [run('desk-worker', 'docker-compose.yml', 'worker'), run('worker', 'charts/desk/templates/worker.yaml', 'worker', 'suffixed')], [['desk-worker', 'worker']]],
    ['a suffixed workload whose name agrees with no service stays apart', [run('mailer', 'docker-compose.yml', 'worker'), run('worker', 'charts/desk/templates/worker.yaml', 'worker', 'suffixed')], []],
    ['another command stays apart', [run('web', 'docker-compose.yml', ''), run('desk-desk', 'charts/desk/templates/web.yaml', 'websocket', 'whole')], []],
    ['another image stays apart', [run('web', 'docker-compose.yml', '', undefined, 'ghcr.io/acme/other'), run('desk-desk', 'charts/desk/templates/web.yaml', '', 'whole')], []],
    ['two compose services of the command leave the choice open', [run('web', 'docker-compose.yml', ''), run('web-eu', 'docker-compose.eu.yml', ''), run('desk-desk', 'charts/desk/templates/web.yaml', '', 'whole')], []],
    ['no chart workload: plain manifests are not joined by command', [run('worker', 'docker-compose.yml', 'worker'), run('desk-worker', 'k8s/worker.yaml', 'worker')], []],
  ])('%s', (_name, deployables, expected) => {
    expect(sameRoleDeployables(deployables)).toEqual(expected);
  });
});
