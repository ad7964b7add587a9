import { describe, expect, it } from 'vitest';
import type { BindingFact, Fact } from '../../../core/discovery/facts.js';
import { evidenceFor } from '../../source.js';
import { developerVariantOf, goConfigFileSource, goFieldSpelling, grpcTargetAddress, isGoConfigFilePath, serviceFolderOf } from './go-config-file.js';

async function read(path: string, text: string): Promise<Fact[]> {
  const file = { path, text };
  return goConfigFileSource.read(file, { evidenceAt: evidenceFor(file), parse: async () => { throw new Error('no code'); }, rules: [] });
}

/** The bindings as `key=value@scope`. */
async function bindings(path: string, text: string): Promise<string[]> {
  return (await read(path, text)).filter((fact): fact is BindingFact => fact.type === 'binding').map((fact) => `${fact.key}=${fact.value}@${fact.scope}`);
}

describe('go-config-file source', () => {
  it.each([
    ['app/usercenter/cmd/api/etc/usercenter-api.yaml', true],
    ['service/order/rpc/etc/order.yml', true],
    ['etc/app.json', true],
    ['cmd/server/config.yaml', true],
    ['config.prod.yml', true],
    ['app-config.yaml', true],
    ['.github/workflows/config.yml', false],
    ['deploy/k8s/config.yaml', false],
    ['charts/shop/config.yaml', false],
    ['docker-compose.yml', false],
    ['values.yaml', false],
  ])('%s accepted: %s', (path, accepted) => {
    expect(isGoConfigFilePath(path)).toBe(accepted);
  });

  it.each([
    ['app/travel/cmd/api/etc/travel-api.yaml', 'app/travel/cmd/api'],
    ['etc/app.yaml', ''],
    ['cmd/server/config.yaml', 'cmd/server'],
    // Kratos keeps `configs/` beside `cmd/` and `internal/`.
    ['app/checkout/service/configs/config.yaml', 'app/checkout/service'],
  ])('%s is read by the code of %s', (path, folder) => {
    expect(serviceFolderOf(path)).toBe(folder);
  });

  it.each([
    ['redis_addr', 'redisaddr'],
    ['Database.data-source', 'Database.datasource'],
    ['KqPusherConf.Brokers[0]', 'KqPusherConf.Brokers[0]'],
  ])('%s is spelled %s by a Go field', (key, spelled) => {
    expect(goFieldSpelling(key)).toBe(spelled);
  });

  it.each([
    ['k8s://shop/usercenter-rpc-svc:9001', 'usercenter-rpc-svc.shop:9001'],
    ['dns:///usercenter-rpc:9001', 'usercenter-rpc:9001'],
    ['direct:///a:1,b:2', 'a:1,b:2'],
    ['usercenter-rpc:9001', 'usercenter-rpc:9001'],
  ])('the gRPC target %s is at %s', (target, address) => {
    expect(grpcTargetAddress(target)).toBe(address);
  });

  it.each([
    ['app/usercenter/cmd/rpc/etc/usercenter.local.yaml', 'local'],
    ['svc/config.dev.yml', 'dev'],
    ['svc/app-config.test.yaml', 'test'],
    ['app/usercenter/cmd/rpc/etc/usercenter.yaml', undefined],
    ['svc/config.yml', undefined],
    ['svc/config.prod.yml', undefined],
    ['svc/local.yaml', undefined],
  ])('takes %s as a developer variant: %s', (path, variant) => {
    expect(developerVariantOf(path)).toBe(variant);
  });

  it('binds a developer variant under its profile, so the deployed file wins', async () => {
    const facts = (await read('app/order/cmd/rpc/etc/order.local.yaml', 'DB:\n  DataSource: root:pw@tcp(127.0.0.1:3306)/order\n')) as BindingFact[];
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.every((fact) => fact.profile === 'local')).toBe(true);
    const plain = (await read('app/order/cmd/rpc/etc/order.yaml', 'DB:\n  DataSource: root:pw@tcp(mysql:3306)/order\n')) as BindingFact[];
    expect(plain.every((fact) => fact.profile === undefined)).toBe(true);
  });

  it('binds go-zero settings: leaves, lists whole, each client section to its address', async () => {
    const text = [
      'Name: travel-api',
      'Host: 0.0.0.0',
      'Port: 1003',
      'TravelRpcConf:',
      '  Etcd:',
      '    Hosts: [etcd:2379]',
      '    Key: travel.rpc',
      'UsercenterRpcConf:',
      '  Endpoints:',
      '    - usercenter-rpc:2004',
      'DB:',
      '  DataSource: root:CANARY-gozero-pw@tcp(mysql:3306)/travel?charset=utf8mb4',
      'Cache:',
      '  - Host: redis:6379',
      'KqPusherConf:',
      '  Brokers: [kafka-1:9092, kafka-2:9092]',
      '  Topic: travel-order-placed',
    ].join('\n');
    const found = await bindings('app/travel/cmd/api/etc/travel-api.yaml', text);
    const scope = '@app/travel/cmd/api';
    expect(found).toEqual(
      expect.arrayContaining([
        `Name=travel-api${scope}`,
        `TravelRpcConf.Etcd.Key=travel.rpc${scope}`,
        `TravelRpcConf=travel.rpc${scope}`,
        `TravelRpcConf.Etcd.Hosts=etcd:2379${scope}`,
        `UsercenterRpcConf=usercenter-rpc:2004${scope}`,
        `UsercenterRpcConf.Endpoints=usercenter-rpc:2004${scope}`,
        `Cache=redis:6379${scope}`,
        `KqPusherConf.Brokers=kafka-1:9092,kafka-2:9092${scope}`,
        `KqPusherConf=kafka-1:9092,kafka-2:9092${scope}`,
        `KqPusherConf.Topic=travel-order-placed${scope}`,
      ]),
    );
    // An etcd section is only the registry: it is bound under no section address of its own.
    expect(found.filter((binding) => binding.startsWith('TravelRpcConf.Etcd='))).toEqual([]);
    expect(found.find((binding) => binding.startsWith('DB.DataSource='))).toContain('tcp(mysql:3306)');
    expect(JSON.stringify(await read('app/travel/cmd/api/etc/travel-api.yaml', text))).not.toContain('CANARY-gozero-pw');
  });

  it("binds a server's own section to nothing (it listens, it calls nobody)", async () => {
    const found = await bindings('rpc/etc/travel.yaml', ['Name: travel.rpc', 'ListenOn: 0.0.0.0:2003', 'Etcd:', '  Hosts: [etcd:2379]', '  Key: travel.rpc'].join('\n'));
    expect(found.filter((binding) => !binding.includes('.'))).toEqual([]);
  });

  it("leaves a Dropwizard service's config.yml to the Dropwizard source", async () => {
    const text = ['server:', '  applicationConnectors:', '    - type: http', '      port: 8080', 'search:', '  host: ${SEARCH_HOST:-localhost}'].join('\n');
    expect(await bindings('notes/config.yml', text)).toEqual([]);
    expect(await bindings('notes/config.yml', text.replace('applicationConnectors', 'listeners'))).toContain('search.host=${SEARCH_HOST:-localhost}@notes');
  });

  it('binds snake_case keys as the Go field spells them too', async () => {
    const found = await bindings('cmd/server/config.yaml', ['database:', '  data_source: postgres://orders-db:5432/orders'].join('\n'));
    expect(found).toEqual(['database.data_source=postgres://orders-db:5432/orders@cmd/server', 'database.datasource=postgres://orders-db:5432/orders@cmd/server']);
  });

  it.each([
    ['a Kubernetes manifest', 'apiVersion: v1\nkind: ConfigMap\ndata:\n  a: b'],
    ['a compose file', 'services:\n  web:\n    image: nginx'],
    ['a list', '- a\n- b'],
    ['text that does not parse', 'a: [b'],
  ])('gives nothing for %s', async (_, text) => {
    expect(await read('cmd/server/config.yaml', text)).toEqual([]);
  });
});
