/**
 * Kubernetes service links. The kubelet puts into every container, for each Service of the pod's
 * namespace that has a cluster IP, `<NAME>_SERVICE_HOST` and `<NAME>_SERVICE_PORT` (the first
 * port), and `<NAME>_SERVICE_PORT_<PORT NAME>` for each named port: the Service's name upper-cased,
 * `-` turned into `_` (`ml-pipeline` → `ML_PIPELINE_SERVICE_HOST`, `minio-service` →
 * `MINIO_SERVICE_SERVICE_HOST`). No manifest writes them, yet code reads them as any setting
 * (`os.environ.get('METADATA_GRPC_SERVICE_SERVICE_HOST', 'localhost')`, `const { API_SERVICE_HOST =
 * 'localhost' } = process.env`). Unless the pod spec says `enableServiceLinks: false`.
 *
 * The Kubernetes source states each Service's variables as members of one group
 * (SERVICE_LINKS_GROUP), the host's value the Service's own name, which the Service routes to the
 * workloads it selects; each workload states that it takes the group in. Resolution gives each
 * such workload every Service's variables (expandServiceLinks), after its own environment, so a
 * value the deployment writes wins, as the kubelet lets it. Only Services the scan holds bind
 * anything: a variable naming no Service stays unbound, and the code's default (a developer's
 * `localhost`) is no deployment's answer. Headless Services (`clusterIP: None`) and ExternalName
 * Services get no variables, as in Kubernetes.
 *
 * Namespaces are not told apart: a Service of another namespace of the scan binds the variables
 * too. The Docker-link forms (`<NAME>_PORT=tcp://…`, `<NAME>_PORT_6379_TCP_ADDR`) are left out:
 * `REDIS_PORT` is read as a plain port number far more often than as a Service's link.
 */
import type { BindingFact, Evidence } from './facts.js';
import { folderOf } from './file-paths.js';

/** The group the Services' link variables are members of, and the inclusion a workload takes them in by. */
export const SERVICE_LINKS_GROUP = 'kubernetes-service-links';

/** The value of a workload's binding taking in every Service's link variables. */
export const SERVICE_LINKS_INCLUSION = `$group:${SERVICE_LINKS_GROUP}`;

/** A Service's port: its number, and its name when it has one. */
export interface ServicePort {
  port: number;
  name?: string;
}

/** The variable prefix of a Service's (or a port's) name: upper-cased, `-` and `.` as `_`. */
export function serviceLinkName(name: string): string {
  return name.toUpperCase().replace(/[-.]/g, '_');
}

/** The link variables Kubernetes sets for a Service, with their values: its name for the host, port numbers for the ports. */
export function serviceLinkVariables(service: string, ports: readonly ServicePort[]): { key: string; value: string }[] {
  const prefix = serviceLinkName(service);
  const variables = [{ key: `${prefix}_SERVICE_HOST`, value: service }];
  const [first] = ports;
  if (first) variables.push({ key: `${prefix}_SERVICE_PORT`, value: String(first.port) });
  for (const port of ports) if (port.name) variables.push({ key: `${prefix}_SERVICE_PORT_${serviceLinkName(port.name)}`, value: String(port.port) });
  return variables;
}

/** How many leading folders two files share: a variable two Services set (an overlay's copy) is taken from the nearer one. */
function sharedDepth(left: string, right: string): number {
  const a = folderOf(left).split('/');
  const b = folderOf(right).split('/');
  let depth = 0;
  while (depth < a.length && depth < b.length && a[depth] === b[depth]) depth += 1;
  return depth;
}

function byPlace(left: Evidence, right: Evidence): number {
  return left.file < right.file ? -1 : left.file > right.file ? 1 : left.line - right.line;
}

/**
 * The bindings with each workload's inclusion of the service links replaced by every Service's
 * variables, bound to the workload; those come after all other bindings, so that whatever else
 * the workload's environment gives a variable is found first. A variable several files set (the
 * same Service in a base and an overlay) is taken from the file nearest the inclusion. Without a
 * Service, an inclusion binds nothing. Deterministic whatever the facts' order.
 */
export function expandServiceLinks(bindings: readonly BindingFact[], members: readonly BindingFact[], read?: ReadonlySet<string>): BindingFact[] {
  // Only the variables something reads (`read`, when given): every Service's variables for every
  // workload would be workloads × Services bindings, most of them never looked up.
  const links = members.filter((member) => member.group === SERVICE_LINKS_GROUP && (read === undefined || read.has(member.key)));
  const kept: BindingFact[] = [];
  const added: BindingFact[] = [];
  for (const binding of bindings) {
    if (binding.value !== SERVICE_LINKS_INCLUSION) {
      kept.push(binding);
      continue;
    }
    if (binding.component === undefined) continue;
    const file = binding.evidence.file;
    const nearest = [...links].sort((left, right) => sharedDepth(right.evidence.file, file) - sharedDepth(left.evidence.file, file) || byPlace(left.evidence, right.evidence));
    const seen = new Set<string>();
    for (const member of nearest) {
      if (seen.has(member.key)) continue;
      seen.add(member.key);
      added.push({ type: 'binding', component: binding.component, key: member.key, value: member.value, serviceLink: true, evidence: member.evidence });
    }
  }
  return [...kept, ...added];
}

/** The service-link variable names (`X_SERVICE_HOST`, `X_SERVICE_PORT[_NAME]`) a set of facts reads: as a connection's key or inside a binding's value. */
export function serviceLinkReads(facts: Iterable<{ type: string; target?: { key?: string }; value?: string }>): Set<string> {
  const read = new Set<string>();
  const pattern = /[A-Za-z0-9_]+_SERVICE_(?:HOST|PORT)\w*/g;
  for (const fact of facts) {
    const key = fact.type === 'connection' ? fact.target?.key : undefined;
    if (key !== undefined && key.includes('_SERVICE_')) read.add(key);
    if (fact.type === 'binding' && fact.value !== undefined && fact.value.includes('_SERVICE_')) for (const match of fact.value.matchAll(pattern)) read.add(match[0]);
  }
  return read;
}

/** Whether a fact is a Service's link variable or a workload's inclusion of them (for tests of other facts of a manifest). */
export function isServiceLinkFact(fact: { type: string; group?: string; value?: string }): boolean {
  return fact.type === 'binding' && (fact.group === SERVICE_LINKS_GROUP || fact.value === SERVICE_LINKS_INCLUSION);
}
