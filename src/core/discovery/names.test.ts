import { describe, expect, it } from 'vitest';
import { hostCandidates, hostLabel, isClusterHost, isControlPlane, kubernetesServiceName, matchByDistinctiveNames, nameKey, namesProduct, nameWords, splitDeployedNames, serviceRegistryName, slugOf, systemNameForHost, telemetryOfName } from './names.js';

describe('namesProduct', () => {
  it.each<[string, string | undefined, boolean]>([
    ['frontend', 'frontend', true],
    ['carto-frontend', 'frontend', true],
    ['cartofrontend', 'frontend', true],
    ['carto_search', 'search', true],
    ['Carto-Search', 'search', true],
    ['carto-full-search', 'search', false],
    ['frontend-carto', 'frontend', false],
    ['backend', 'end', false],
    ['carto-api', 'api', true],
    ['cartoapi', 'api', false],
    ['carto-frontend', undefined, false],
  ])('%s names %s: %s', (name, project, expected) => {
    expect(namesProduct(name, project)).toBe(expected);
  });
});

describe('nameKey', () => {
  it.each([
    ['cart-service', 'cart'],
    ['cartservice', 'cart'],
    ['CartService', 'cart'],
    ['cart_svc', 'cart'],
    ['cart', 'cart'],
    ['orders-api', 'orders'],
    ['api', 'api'],
    ['service', 'service'],
    ['checkout-backend', 'checkout'],
  ])('%s → %s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe('splitDeployedNames', () => {
  const compose = (name: string, root?: string, file = 'docker-compose.yml') => ({ name, file, compose: true, roots: root ? [root] : [], aliases: [], images: [] });
  const workload = (name: string, file: string, images: string[], roots: string[] = []) => ({ name, file, compose: false, roots, aliases: [], images });
  it.each([
    ['two services of one compose file (MusicStore)', [compose('musicstore', 'src/MusicStore'), compose('musicstoreservice', 'src/MusicStoreService')], { musicstore: 'musicstore', musicstoreservice: 'musicstoreservice' }],
    ['two services of one compose file without build', [compose('shop'), compose('shop-api')], { shop: 'shop', shopapi: 'shopapi' }],
    ['workloads of different images', [workload('portal', 'k8s/portal.yaml', ['portal']), workload('portal-server', 'k8s/portal-server.yaml', ['portal-server'])], { portal: 'portal', portalserver: 'portalserver' }],
    ['workloads of different code folders', [workload('portal', 'cf/manifest.yml', [], ['web']), workload('portal-server', 'cf/manifest.yml', [], ['server'])], { portal: 'portal', portalserver: 'portalserver' }],
    ['both suffixed: the first keeps the usual key', [compose('shop-api'), compose('shop-server')], { shopapi: 'shop', shopserver: 'shopserver' }],
    ['another spelling of a split one goes with the one it is not distinct from', [compose('shop', 'web'), compose('shop-api', 'api'), workload('shopapi', 'k8s/a.yaml', [], ['api']), workload('shop-svc', 'k8s/b.yaml', [], ['web'])], { shop: 'shop', shopsvc: 'shop', shopapi: 'shopapi' }],
  ])('keeps apart %s', (_, deployed, split) => {
    expect(Object.fromEntries(splitDeployedNames(deployed))).toEqual(split);
    for (const [spelling, key] of Object.entries(split)) expect(nameKey(spelling, splitDeployedNames(deployed))).toBe(key);
  });
  it.each([
    ['one compose service', [compose('cart', 'src/Cart.API')]],
    ['compose and Kubernetes running the same image', [{ ...compose('orders', undefined, 'compose.yaml'), images: ['orders-service'] }, workload('orders-service', 'k8s/orders.yaml', ['orders-service'])]],
    ['compose and Kubernetes built from the same folder', [compose('orders', 'orders'), workload('orders-service', 'k8s/orders.yaml', [], ['orders'])]],
    ['services of different compose files without images or code', [compose('orders', undefined, 'a/docker-compose.yml'), compose('orders-service', undefined, 'b/docker-compose.yml')]],
    ['a service whose image names the other', [{ ...compose('billing'), images: ['billing-service'] }, workload('billing-service', 'k8s/billing.yaml', ['billing-svc'])]],
    ['a workload known only by its name', [compose('orders', 'orders'), workload('orders-service', 'k8s/orders.yaml', [])]],
  ])('merges %s', (_, deployed) => {
    expect(splitDeployedNames(deployed).size).toBe(0);
  });
  it('leaves other names, and project spellings, to the usual key', () => {
    const split = splitDeployedNames([compose('musicstore', 'a'), compose('musicstoreservice', 'b')]);
    expect(nameKey('MusicStoreService', split)).toBe('musicstoreservice');
    expect(nameKey('musicstore-service', split)).toBe('musicstoreservice');
    expect(nameKey('MusicStore', split)).toBe('musicstore');
    expect(nameKey('Catalog.API', split)).toBe('catalog');
  });
});

describe('hostLabel and slugOf', () => {
  it('takes the first DNS label', () => expect(hostLabel('cart.default.svc.cluster.local')).toBe('cart'));
  it.each([
    ['Cart Service', 'cart-service'],
    ['api.stripe.com', 'api-stripe-com'],
    ['--x--', 'x'],
    ['', 'unnamed'],
  ])('slugs %j as %s', (name, slug) => expect(slugOf(name)).toBe(slug));
});

describe('Kubernetes DNS names', () => {
  it.each([
    ['ratings', 'ratings'],
    ['ratings.shop', 'ratings'],
    ['ratings.shop.svc', 'ratings'],
    ['ratings.shop.svc.cluster.local', 'ratings'],
    ['ratings.shop.svc.cluster.local.', 'ratings'],
    ['Ratings.Shop.SVC.corp.example', 'ratings'],
    ['api.stripe.com', undefined],
    ['paypal.com', undefined],
    ['ledger.internal', undefined],
    ['db01.prod.acme.corp', undefined],
  ])('%s names the Service %s', (host, service) => expect(kubernetesServiceName(host)).toBe(service));

  it.each([
    ['ratings', ['ratings']],
    ['ratings.shop', ['ratings.shop', 'ratings']],
    ['ratings.shop.svc', ['ratings.shop.svc', 'ratings']],
    ['RATINGS.shop.svc.cluster.local', ['ratings.shop.svc.cluster.local', 'ratings']],
    ['ledger.internal', ['ledger.internal', 'ledger']],
    ['api.psp.example.com', ['api.psp.example.com']],
  ])('%s is matched as %j', (host, candidates) => expect(hostCandidates(host)).toEqual(candidates));

  it.each([
    ['ratings.shop.svc.cluster.local', 'ratings'],
    ['ratings.shop.svc', 'ratings'],
    ['ratings.shop', 'ratings.shop'],
    ['api.psp.example.com', 'api.psp.example.com'],
  ])('a system known only at %s is listed as %s', (host, name) => expect(systemNameForHost(host)).toBe(name));

  it('tells private and cluster hosts from public ones', () => {
    expect(['cart.shop', 'cart.shop.svc.cluster.local', 'ledger.internal'].map(isClusterHost)).toEqual([true, true, true]);
    expect(['api.example.com', 'paypal.com'].map(isClusterHost)).toEqual([false, false]);
  });
});

describe('serviceRegistryName', () => {
  it.each<[string, 'certain' | 'suffix' | undefined]>([
    ['registry', 'certain'],
    ['service-registry', 'certain'],
    ['ServiceRegistry', 'certain'],
    ['DiscoveryServer', 'certain'],
    ['SchemaRegistry', undefined],
    ['discovery', 'certain'],
    ['discovery-server', 'certain'],
    ['service-discovery', 'certain'],
    ['naming-server', 'certain'],
    ['naming_service', 'certain'],
    ['eureka-server', 'certain'],
    ['nacos', 'certain'],
    ['nacos-server', 'certain'],
    ['registry-service', 'certain'],
    ['acme-registry', 'suffix'],
    ['gift-registry', 'suffix'],
    // Registries of something else: a schema registry is a real dependency of Kafka clients.
    ['schema-registry', undefined],
    ['cp-schema-registry', undefined],
    ['apicurio-registry', undefined],
    ['docker-registry', undefined],
    ['model-registry', undefined],
    ['registry-ui', undefined],
    ['catalog', undefined],
    ['service', undefined],
  ])('%s → %s', (name, expected) => expect(serviceRegistryName(name)).toBe(expected));
});

describe('telemetryOfName', () => {
  it.each<[string, string | undefined]>([
    ['kieker-rabbitmq', 'Kieker'],
    ['kieker-analysis', 'Kieker'],
    ['KiekerCollector', 'Kieker'],
    ['OtelCollector', 'OpenTelemetry Collector'],
    ['jaeger-cassandra', 'Jaeger'],
    ['zipkin-mysql', 'Zipkin'],
    ['skywalking-oap', 'Apache SkyWalking'],
    ['otel-collector', 'OpenTelemetry Collector'],
    ['fluent-bit', 'Fluentd'],
    ['new-relic-infra', 'New Relic'],
    ['loki', 'Grafana'],
    ['promtail', 'Grafana Agent'],
    ['hystrix-dashboard', 'Hystrix Dashboard'],
    ['hystrixdashboard', 'Hystrix Dashboard'],
    ['fortune-hystrix', undefined],
    // Words that mean something else in a business system are left to images.
    ['seq-generator', undefined],
    ['vector-search', undefined],
    ['pinpoint-sender', undefined],
    ['catalog', undefined],
  ])('%s → %s', (name, expected) => expect(telemetryOfName(name)).toBe(expected));

  it('every product it names is control plane', () => {
    for (const name of ['kieker', 'jaeger', 'zipkin', 'skywalking', 'graylog', 'promtail', 'prometheus', 'grafana', 'loki', 'otel', 'fluentd', 'logstash', 'datadog', 'newrelic', 'dynatrace']) {
      expect(isControlPlane(telemetryOfName(name))).toBe(true);
    }
  });
});

describe('nameWords', () => {
  it.each([
    ['Acme.Services.Orders', ['acme', 'services', 'orders']],
    ['APIGateway', ['api', 'gateway']],
    ['orders-service', ['orders', 'service']],
    ['acme/orders_svc', ['acme', 'orders', 'svc']],
  ])('%s', (name, words) => {
    expect(nameWords(name)).toEqual(words);
  });
});

describe('matchByDistinctiveNames', () => {
  const solution = ['Acme.Services.Orders', 'Acme.Services.Parcels', 'Acme.APIGateway'];
  it.each<[string, string[][], string[], Record<string, string>]>([
    ['a service on its image, and the gateway', [['orders-service', 'orders-service'], ['api-gateway', 'api-gateway']], solution, { 'orders-service': 'Acme.Services.Orders', 'api-gateway': 'Acme.APIGateway' }],
    ['a service named without the generic word', [['parcels', 'acme-parcels']], solution, { parcels: 'Acme.Services.Parcels' }],
    ['no prefix without a sibling: one project keeps all its words', [['orders-service', 'orders-service']], ['Acme.Services.Orders'], {}],
    ['two deployables answer one project', [['orders', 'orders'], ['orders-svc', 'orders-svc']], solution, {}],
    ['two projects answer one deployable', [['orders', 'orders']], ['Acme.Services.Orders', 'Acme.Orders.Api', 'Acme.Services.Parcels'], {}],
    ['more words are another project', [['orders-worker', 'orders-worker']], solution, {}],
    ['a generic name alone names nothing', [['api', 'api']], ['Acme.Api', 'Acme.Web'], {}],
  ])('%s', (_, deployables, projects, expected) => {
    const matched = matchByDistinctiveNames(
      deployables.map((names) => ({ item: names[0] as string, names })),
      projects.map((name) => ({ item: name, names: [name] })),
    );
    expect(Object.fromEntries(matched)).toEqual(expected);
  });
});
