import { describe, expect, it } from 'vitest';
import { hostCandidates, hostLabel, isClusterHost, isControlPlane, kubernetesServiceName, matchByDistinctiveNames, nameKey, nameWords, serviceRegistryName, slugOf, systemNameForHost, telemetryOfName } from './names.js';

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
