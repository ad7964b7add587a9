import { describe, expect, it } from 'vitest';
import { gatewayConfigRunners, GATEWAY_PRODUCTS, type ConfigHolder } from './gateway-config.js';

const nginx: ConfigHolder = { key: 'gateway', technology: 'NGINX' };
const kong: ConfigHolder = { key: 'api-gateway', technology: 'Kong' };
const kongByName: ConfigHolder = { key: 'edge', names: ['edge', 'kong'] };
const orders: ConfigHolder = { key: 'orders', technology: 'Node.js' };
const invoices: ConfigHolder = { key: 'invoices' };
const frontend: ConfigHolder = { key: 'frontend' };

describe('gatewayConfigRunners', () => {
  it.each<[string, string, ConfigHolder[], string[]]>([
    ['nginx mounted by the gateway', GATEWAY_PRODUCTS.nginx, [nginx], ['gateway']],
    ['nginx in a front end built from its folder', GATEWAY_PRODUCTS.nginx, [frontend], ['frontend']],
    ['nginx in a codebase several services run', GATEWAY_PRODUCTS.nginx, [orders, invoices], []],
    ['nginx in a shared folder an nginx also mounts', GATEWAY_PRODUCTS.nginx, [orders, nginx, invoices], ['gateway']],
    ['nginx held by nobody', GATEWAY_PRODUCTS.nginx, [], []],
    ['the same holder twice', GATEWAY_PRODUCTS.nginx, [frontend, frontend], ['frontend']],
    ['Kong mounted by a Kong', GATEWAY_PRODUCTS.kong, [kong], ['api-gateway']],
    ['Kong run from a custom image, answering to kong', GATEWAY_PRODUCTS.kong, [kongByName], ['edge']],
    ['Kong in one application\'s folder', GATEWAY_PRODUCTS.kong, [orders], []],
    ['Kong in a codebase several services run', GATEWAY_PRODUCTS.kong, [orders, invoices], []],
    ['Kong beside an nginx', GATEWAY_PRODUCTS.kong, [nginx], []],
    ['an application merely named like nginx', GATEWAY_PRODUCTS.nginx, [{ key: 'a', names: ['nginx'] }, invoices], []],
  ])('%s', (_case, product, holders, expected) => {
    expect(gatewayConfigRunners(product, holders)).toEqual(expected);
  });
});

describe('gatewayConfigRunners for definitions imported from anywhere', () => {
  const gravitee: ConfigHolder = { key: 'gateway', kind: 'gateway', technology: GATEWAY_PRODUCTS.gravitee };
  const importer: ConfigHolder = { key: 'api-importer', kind: 'application' };
  it.each<[string, string, ConfigHolder[], ConfigHolder[], string[]]>([
    ['Gravitee definitions mounted by the importer job go to the gateway', GATEWAY_PRODUCTS.gravitee, [importer], [importer, gravitee, orders], ['gateway']],
    ['Gravitee definitions in a service folder go to the gateway, not the service', GATEWAY_PRODUCTS.gravitee, [orders], [orders, gravitee], ['gateway']],
    ['Tyk apps mounted by a Tyk gateway stay its own', GATEWAY_PRODUCTS.tyk, [{ key: 'tyk', technology: 'Tyk' }], [gravitee], ['tyk']],
    ['a KrakenD file held by nobody running it', GATEWAY_PRODUCTS.krakend, [orders], [orders, invoices], []],
    ['Kong keeps its folder rule', GATEWAY_PRODUCTS.kong, [orders], [kong], []],
  ])('%s', (_case, product, holders, everyone, expected) => {
    expect(gatewayConfigRunners(product, holders, () => everyone)).toEqual(expected);
  });
});

describe('gatewayConfigRunners: configuration a CLI applies to the running server', () => {
  const engine: ConfigHolder = { key: 'graphql-engine', technology: GATEWAY_PRODUCTS.hasura };
  const stagingEngine: ConfigHolder = { key: 'hasura-staging', technology: GATEWAY_PRODUCTS.hasura };
  it.each<[string, ConfigHolder[], ConfigHolder[], string[]]>([
    ['Hasura metadata mounted by the engine', [engine], [engine, stagingEngine, orders], ['graphql-engine']],
    ['Hasura metadata held by nobody, one engine deployed', [], [orders, engine, engine], ['graphql-engine']],
    ["Hasura metadata in an application's folder, one engine deployed", [orders], [orders, engine], ['graphql-engine']],
    ['Hasura metadata held by nobody, two engines deployed', [], [engine, stagingEngine], []],
    ['Hasura metadata with no engine deployed', [orders], [orders, invoices], []],
  ])('%s', (_case, holders, deployed, expected) => {
    expect(gatewayConfigRunners(GATEWAY_PRODUCTS.hasura, holders, () => deployed)).toEqual(expected);
  });

  it.each<[string, ConfigHolder[], string[]]>([
    ['no engine by image: the deployable setting most of its variables', [{ ...orders, environment: new Set(['PG_DATABASE_URL']) }, { key: 'gql', environment: new Set(['PG_DATABASE_URL', 'ACTIONS_BASE_URL']) }], ['gql']],
    ['an engine by image wins over the environment', [engine, { key: 'gql', environment: new Set(['PG_DATABASE_URL', 'ACTIONS_BASE_URL']) }], ['graphql-engine']],
    ['two engines by image: nobody, whatever the environment', [engine, stagingEngine, { key: 'gql', environment: new Set(['PG_DATABASE_URL', 'ACTIONS_BASE_URL']) }], []],
  ])('%s', (_case, deployed, expected) => {
    expect(gatewayConfigRunners(GATEWAY_PRODUCTS.hasura, [], () => deployed, ['ACTIONS_BASE_URL', 'PG_DATABASE_URL'])).toEqual(expected);
  });

  it('never picks a proxy by its environment', () => {
    expect(gatewayConfigRunners(GATEWAY_PRODUCTS.kong, [], () => [{ key: 'gql', environment: new Set(['A', 'B']) }], ['A', 'B'])).toEqual([]);
  });

  it('never looks beyond the holders for a proxy', () => {
    expect(gatewayConfigRunners(GATEWAY_PRODUCTS.kong, [], () => [kong])).toEqual([]);
  });
});
