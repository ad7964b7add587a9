/**
 * One name per system however the files spell it: `cart-service`, `cartservice`, `CartService`
 * and `cart_svc` are the same system. Resolution merges components whose keys agree, and the
 * key is also how hosts (`cart.default.svc.cluster.local`) are matched to components.
 */

/** Suffixes that do not change which system a name means. */
const NEUTRAL_SUFFIXES = ['service', 'svc', 'server', 'srv', 'api', 'app', 'backend'];

/** The key two spellings of one system share. */
export function nameKey(name: string): string {
  const compact = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  for (const suffix of NEUTRAL_SUFFIXES) {
    if (compact.length > suffix.length + 1 && compact.endsWith(suffix)) return compact.slice(0, -suffix.length);
  }
  return compact;
}

/** The first label of a host name: Kubernetes and compose DNS names put the service first. */
export function hostLabel(host: string): string {
  return host.toLowerCase().split('.')[0] ?? host.toLowerCase();
}

/** A catalog id for a name: lowercase letters, digits and hyphens, at most 64 characters. */
export function slugOf(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/g, '');
  return slug || 'unnamed';
}

/**
 * Technologies of the control plane and of telemetry: service registries and configuration
 * stores (Consul, etcd, Eureka, Spring Cloud Config Server, ZooKeeper), admin consoles (Spring Boot Admin), tracing, metrics and logging backends (Jaeger, Zipkin,
 * OpenTelemetry collectors, Prometheus, Grafana, Fluentd, the Elastic Stack), and feature-flag
 * servers (flagd, Unleash, Flipt, GrowthBook, the LaunchDarkly relay), which hand services their
 * configuration as a config server does, and Dapr's placement service and dashboard. Services register with them, read flags from them and
 * send them spans and metrics, but no business data flows through them, so a bare
 * declared dependency on one (compose `depends_on: [consul]`) is not an integration.
 */
const CONTROL_PLANE = new Set(['consul', 'etcd', 'eureka', 'spring cloud config server', 'spring boot admin', 'hystrix dashboard', 'zookeeper', 'jaeger', 'zipkin', 'opentelemetry collector', 'prometheus', 'grafana', 'fluentd', 'elastic stack', 'datadog agent', 'flagd', 'unleash', 'flipt', 'growthbook', 'launchdarkly relay proxy', 'dapr']);

/** Whether a technology is control plane or telemetry (see CONTROL_PLANE). */
export function isControlPlane(technology: string | undefined): boolean {
  return technology !== undefined && CONTROL_PLANE.has(technology.toLowerCase());
}
