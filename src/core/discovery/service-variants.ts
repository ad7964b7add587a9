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
