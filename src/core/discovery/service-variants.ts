/**
 * Versioned workloads behind one Kubernetes Service. A mesh demo (Istio's Bookinfo and its kin)
 * deploys one app as several Deployments, `details-v1` and `details-v2`, `ratings-v2-mysql`,
 * each labelled `app: details` and `version: v1|v2`, and routes to them through the Service
 * `details` (and DestinationRule subsets by the version label). They are releases of one system:
 * one code project (`src/details`), called by one name. A Service whose selector catches
 * unrelated apps sharing a label (`tier: backend` on inventory and shipping) is not: those stay
 * systems of their own.
 *
 * Pure: which of the workloads a Service selects are variants of it, by their names and labels.
 */

/** A workload a Service's selector matched: its name and its pod labels. */
export interface SelectedWorkload {
  name: string;
  labels: Readonly<Record<string, string>>;
}

/**
 * Label keys that tell releases of one app apart rather than apps: `version`,
 * `app.kubernetes.io/version`, a canary `track`, a deployment `variant`, a blue/green `color`.
 */
const VERSION_LABEL = /(?:^|[./_-])(?:version|track|variant|colou?r|release-?track|revision|canary)$/i;

/** Whether a label key says which release of an app a pod runs. */
export function isVersionLabel(key: string): boolean {
  return VERSION_LABEL.test(key);
}

/** Whether a workload is named as a release of the Service (`details-v1`, `ratings-v2-mysql` of `ratings`). */
export function isNamedAfter(service: string, workload: string): boolean {
  const prefix = service.toLowerCase();
  const name = workload.toLowerCase();
  return name.length > prefix.length + 1 && name.startsWith(prefix) && /[-_.]/.test(name.charAt(prefix.length));
}

/** The label keys whose values are not the same on every workload (a key some lack counts). */
function differingLabels(workloads: readonly SelectedWorkload[]): Set<string> {
  const keys = new Set(workloads.flatMap((workload) => Object.keys(workload.labels)));
  const first = workloads[0];
  return new Set([...keys].filter((key) => workloads.some((workload) => workload.labels[key] !== first?.labels[key])));
}

/**
 * Whether the workloads a Service selects are releases of one app: their labels agree but for
 * version-like keys, and each is named after the Service or tells its release by such a label.
 * Workloads whose labels differ in anything else (`app: inventory` and `app: shipping` behind
 * `tier: backend`) are different apps, whatever their names.
 */
export function areVariantsOf(service: string, workloads: readonly SelectedWorkload[]): boolean {
  if (workloads.length === 0) return false;
  if (![...differingLabels(workloads)].every(isVersionLabel)) return false;
  return workloads.every((workload) => isNamedAfter(service, workload.name) || Object.keys(workload.labels).some(isVersionLabel));
}

/** A deployable as far as telling whether two deployment formats run one system goes. */
export interface DeployedRun {
  kind: string;
  /** The product its image is known to run (`PostgreSQL`), if any. */
  technology?: string;
  /** The code folders it is built from or runs. */
  roots: readonly string[];
  /** The last segments of the registry images it names (`acme/order:1` → `order`). */
  images: readonly string[];
  /** The files defining it. */
  files: readonly string[];
}

/** Whether two sets are both known and share nothing. */
function disjoint(left: readonly string[], right: readonly string[]): boolean {
  return left.length > 0 && right.length > 0 && !left.some((item) => right.includes(item));
}

/**
 * Whether a Compose service and the one Kubernetes workload a Service of the same name selects are
 * one system deployed twice. A repository that ships both keeps the in-cluster Service named as
 * the Compose service (`order`) because the same configuration is baked into both deployments
 * (an httpd front's `ProxyPass /order http://order:8080/`), whatever the Deployment itself is
 * called (`shop-order`). Not when anything says they run different things: code folders or
 * registry images that share nothing, or different products (the workload's unknown image says
 * none, so a Compose `postgres` built `FROM postgres` still joins a custom image's workload).
 * Both must come from different files: a service and a workload of one file are two containers.
 */
export function redeploysComposeService(service: DeployedRun, workload: DeployedRun): boolean {
  if (service.files.some((file) => workload.files.includes(file))) return false;
  if (disjoint(service.roots, workload.roots) || disjoint(service.images, workload.images)) return false;
  if (service.technology !== undefined && workload.technology !== undefined) return service.technology.toLowerCase() === workload.technology.toLowerCase();
  return service.kind === workload.kind || (workload.kind === 'application' && workload.technology === undefined) || (service.kind === 'application' && service.technology === undefined);
}
