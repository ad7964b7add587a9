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

/** Second labels of a two-label name that make it a public host (`paypal.com`), not a Kubernetes `service.namespace`. */
const PUBLIC_SECOND_LABEL = /^(com|org|net|io|dev|app|co|uk|de|fr|nl|eu|us|cloud|example|test|ai)$/i;

/**
 * Whether a host is a name inside a cluster or private network, whose first label names the
 * service (`cart.shop.svc.cluster.local`, `cart.shop`); for a public name (`api.psp.example.com`)
 * the first label says nothing.
 */
export function isClusterHost(host: string): boolean {
  if (/\.(svc|cluster\.local|internal|local|lan|corp)(\.|$)/i.test(host)) return true;
  const labels = host.split('.');
  return labels.length === 2 && !PUBLIC_SECOND_LABEL.test(labels[1] ?? '');
}

/**
 * The Kubernetes Service a host names in one of the cluster's DNS forms — `svc`, `svc.ns`,
 * `svc.ns.svc`, `svc.ns.svc.cluster.local` (any cluster domain after `.svc.`) — or undefined for
 * any other host. Only the forms ending in `.svc…` are sure: `svc.ns` is told from a public
 * two-label host by its second label, as isClusterHost does.
 */
export function kubernetesServiceName(host: string): string | undefined {
  const lower = host.toLowerCase().replace(/\.$/, '');
  const labels = lower.split('.');
  if (labels.some((label) => label === '')) return undefined;
  if (labels.length === 1) return labels[0];
  const svc = labels.indexOf('svc');
  if (svc === 2) return labels[0];
  if (labels.length === 2 && !PUBLIC_SECOND_LABEL.test(labels[1] ?? '') && !/^(internal|local|lan|corp)$/.test(labels[1] ?? '')) return labels[0];
  return undefined;
}

/**
 * The names a host may be matched to a system by, most specific first: the host as written, then
 * (for a name inside a cluster or private network) its first label. Every place that matches a
 * host to a component goes through here, so `cart`, `cart.shop`, `cart.shop.svc` and
 * `cart.shop.svc.cluster.local` reach the same system wherever they were written.
 */
export function hostCandidates(host: string): string[] {
  const lower = host.toLowerCase().replace(/\.$/, '');
  return isClusterHost(lower) && hostLabel(lower) !== lower ? [lower, hostLabel(lower)] : [lower];
}

/**
 * The name a system reached only at a host is listed under: the Service for a Kubernetes DNS name
 * of the `.svc` forms (a `ratings.shop.svc.cluster.local` nothing defines is the `ratings` system,
 * as a caller writing `ratings` would name it), else the host as written.
 */
export function systemNameForHost(host: string): string {
  const lower = host.toLowerCase().replace(/\.$/, '');
  return lower.split('.')[2] === 'svc' ? (kubernetesServiceName(lower) ?? lower) : lower;
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
 * configuration as a config server does, Dapr's placement service and dashboard, and Istio's
 * control plane (istiod) and Kiali. Services register with them, read flags from them and
 * send them spans and metrics, but no business data flows through them, so a bare
 * declared dependency on one (compose `depends_on: [consul]`) is not an integration.
 */
const CONTROL_PLANE = new Set(['consul', 'etcd', 'eureka', 'spring cloud config server', 'spring boot admin', 'hystrix dashboard', 'zookeeper', 'jaeger', 'zipkin', 'opentelemetry collector', 'prometheus', 'grafana', 'fluentd', 'elastic stack', 'datadog agent', 'flagd', 'unleash', 'flipt', 'growthbook', 'launchdarkly relay proxy', 'dapr', 'istio control plane', 'kiali']);

/** Whether a technology is control plane or telemetry (see CONTROL_PLANE). */
export function isControlPlane(technology: string | undefined): boolean {
  return technology !== undefined && CONTROL_PLANE.has(technology.toLowerCase());
}
