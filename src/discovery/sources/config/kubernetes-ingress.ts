/**
 * Kubernetes Ingress and Gateway API routes: each backend Service a route names is called by the
 * proxy that serves the route. For an Ingress that proxy is the ingress controller, a gateway
 * system of its own named after the ingress class (`spec.ingressClassName`, else the older
 * `kubernetes.io/ingress.class` annotation): `nginx` is ingress-nginx, `alb` the AWS Load Balancer
 * Controller, and so on. An Ingress with no class is served by the cluster's default class, which
 * the files seldom say: it is taken to be ingress-nginx, the most common one. The controller also
 * answers to the names its own Deployment and Service have when installed the usual way
 * (`ingress-nginx-controller` in namespace `ingress-nginx`), so a manifest of it in the repo, or
 * a workload calling its in-cluster address, is the same system.
 *
 * A class a Helm chart's values give (`ingressClassName: {{ .Values.ingress.className }}`) is read
 * as a reference to the chart's values.yaml, which resolution looks up (ingress-controllers.ts).
 *
 * The target is the Service's name, which resolution turns into the workload it selects, as for
 * any call to a Service. The same routes in several overlays give one edge. A route is REST unless
 * its backend protocol is declared gRPC (an ingress-nginx or AWS ALB annotation, or a GRPCRoute).
 *
 * An HTTPRoute or GRPCRoute is served by the Gateways of its `parentRefs`, each a gateway system
 * named after the Gateway, calling the Services of its `backendRefs`.
 */
import { CONFIDENCE, type ComponentFact, type ConnectionFact, type Fact } from '../../../core/discovery/facts.js';
import type { SourceContext } from '../../source.js';
import { GRPC_ROUTE, HTTP_ROUTE, type RouteKind } from '../gateways/routes.js';
import { ingressController, isIngressClassReference } from '../../../core/discovery/ingress-controllers.js';
import { literal } from './emit.js';
import type { KubernetesObject } from './kubernetes-objects.js';
import { stringRecord } from './yaml-nodes.js';

export { ingressController, type IngressController } from '../../../core/discovery/ingress-controllers.js';

/** Annotations saying an Ingress's backends speak gRPC. */
const GRPC_ANNOTATIONS: Record<string, RegExp> = {
  'nginx.ingress.kubernetes.io/backend-protocol': /^grpcs?$/i,
  'alb.ingress.kubernetes.io/backend-protocol-version': /^grpc$/i,
  // Kong's route protocols: an Ingress taking only gRPC is proxied to a gRPC backend.
  'konghq.com/protocols': /^grpcs?(\s*,\s*grpcs?)*$/i,
};


/**
 * The Services of a manifest that say their backends speak gRPC to the ingress controller
 * (`konghq.com/protocol: grpc`, Kong reading it off the Service rather than the Ingress).
 */
export function grpcBackendServices(objects: readonly KubernetesObject[]): Set<string> {
  const names = new Set<string>();
  for (const { yaml, node, kind } of objects) {
    if (kind !== 'Service') continue;
    const metadata = yaml.get(node, 'metadata');
    const protocol = stringRecord(yaml, yaml.get(metadata, 'annotations'))?.['konghq.com/protocol'];
    const name = yaml.text(yaml.get(metadata, 'name'));
    if (literal(name) && protocol !== undefined && /^grpcs?$/i.test(protocol.trim())) names.add(name);
  }
  return names;
}

/** The connection of a gateway to one backend Service. */
function backendCall(gateway: string, service: string, port: number | undefined, kind: RouteKind, line: number, context: SourceContext): ConnectionFact {
  return {
    type: 'connection',
    component: gateway,
    target: { host: service.toLowerCase(), ...(port ? { port } : {}) },
    role: 'calls',
    mechanism: kind.mechanism,
    technology: kind.technology,
    targetKind: 'application',
    routed: true,
    evidence: context.evidenceAt(line),
    confidence: CONFIDENCE.declared,
  };
}

/** The gateway system a route's proxy is. */
function gatewayComponent(name: string, technology: string | undefined, aliases: string[], line: number, context: SourceContext): ComponentFact {
  return {
    type: 'component',
    name,
    kind: 'gateway',
    ...(technology ? { technology } : {}),
    ...(aliases.length > 0 ? { aliases } : {}),
    evidence: context.evidenceAt(line),
    confidence: CONFIDENCE.inferred,
  };
}

/** An Ingress: its controller, and a call from it to each backend Service (rules, default backend; `networking.k8s.io/v1` and `extensions/v1beta1`). */
export function readIngress({ yaml, node }: KubernetesObject, context: SourceContext, grpcServices: ReadonlySet<string> = new Set()): Fact[] {
  const metadata = yaml.get(node, 'metadata');
  const spec = yaml.get(node, 'spec');
  const annotations = stringRecord(yaml, yaml.get(metadata, 'annotations')) ?? {};
  const ingressClass = yaml.text(yaml.get(spec, 'ingressClassName')) ?? annotations['kubernetes.io/ingress.class'];
  // A class a Helm chart's values give (`{{ .Values.ingress.className }}`, helm-templates.ts) is
  // named by its reference to them, which resolution turns into the controller (ingress-controllers.ts).
  const fromValues = ingressClass !== undefined && isIngressClassReference(ingressClass);
  if (ingressClass !== undefined && !literal(ingressClass) && !fromValues) return [];
  const controller = fromValues ? { name: ingressClass, aliases: [] } : ingressController(ingressClass);
  const grpc = Object.entries(GRPC_ANNOTATIONS).some(([annotation, value]) => value.test(annotations[annotation]?.trim() ?? ''));
  const kind = grpc ? GRPC_ROUTE : HTTP_ROUTE;

  const backends = [yaml.get(spec, 'defaultBackend'), yaml.get(spec, 'backend')];
  for (const rule of yaml.items(yaml.get(spec, 'rules'))) {
    for (const path of yaml.items(yaml.get(yaml.get(rule, 'http'), 'paths'))) backends.push(yaml.get(path, 'backend'));
  }
  const facts: Fact[] = [];
  for (const backend of backends) {
    if (backend === undefined) continue;
    // v1: `service: { name, port: { number } }`; v1beta1: `serviceName`, `servicePort`.
    const service = yaml.get(backend, 'service');
    const nameEntry = yaml.entries(service ?? backend).find((entry) => entry.key === (service !== undefined ? 'name' : 'serviceName'));
    const name = yaml.text(nameEntry?.value);
    if (!literal(name) || !nameEntry) continue;
    const portText = service !== undefined ? yaml.text(yaml.get(yaml.get(service, 'port'), 'number')) : yaml.text(yaml.get(backend, 'servicePort'));
    const port = portText !== undefined && /^\d{1,5}$/.test(portText) ? Number(portText) : undefined;
    facts.push(backendCall(controller.name, name, port, grpcServices.has(name) ? GRPC_ROUTE : kind, nameEntry.line, context));
  }
  if (facts.length > 0) facts.unshift(gatewayComponent(controller.name, controller.technology, controller.aliases, yaml.lineOf(node), context));
  return facts;
}

/** An HTTPRoute or GRPCRoute: a call from each parent Gateway to each backend Service. */
export function readRoute({ yaml, node, kind }: KubernetesObject, context: SourceContext): Fact[] {
  const spec = yaml.get(node, 'spec');
  const routeKind = kind === 'GRPCRoute' ? GRPC_ROUTE : HTTP_ROUTE;
  const gateways: { name: string; line: number }[] = [];
  for (const parent of yaml.items(yaml.get(spec, 'parentRefs'))) {
    const parentKind = yaml.text(yaml.get(parent, 'kind')) ?? 'Gateway';
    const nameEntry = yaml.entries(parent).find((entry) => entry.key === 'name');
    const name = yaml.text(nameEntry?.value);
    // A Service as parent is a mesh route (GAMMA): traffic between workloads, said by their own code.
    if (parentKind === 'Gateway' && literal(name) && nameEntry) gateways.push({ name, line: nameEntry.line });
  }
  const backends: { name: string; port?: number; line: number }[] = [];
  for (const rule of yaml.items(yaml.get(spec, 'rules'))) {
    for (const reference of yaml.items(yaml.get(rule, 'backendRefs'))) {
      const referenceKind = yaml.text(yaml.get(reference, 'kind')) ?? 'Service';
      const nameEntry = yaml.entries(reference).find((entry) => entry.key === 'name');
      const name = yaml.text(nameEntry?.value);
      if (referenceKind !== 'Service' || !literal(name) || !nameEntry) continue;
      const portText = yaml.text(yaml.get(reference, 'port'));
      const port = portText !== undefined && /^\d{1,5}$/.test(portText) ? Number(portText) : undefined;
      backends.push({ name, ...(port ? { port } : {}), line: nameEntry.line });
    }
  }
  if (backends.length === 0) return [];
  const facts: Fact[] = [];
  for (const gateway of gateways) {
    facts.push(gatewayComponent(gateway.name, undefined, [], gateway.line, context));
    for (const backend of backends) facts.push(backendCall(gateway.name, backend.name, backend.port, routeKind, backend.line, context));
  }
  return facts;
}
