/**
 * Ingress controllers as systems: the controller serving an ingress class (`nginx` is
 * ingress-nginx, `alb` the AWS Load Balancer Controller…), and the names its usual install gives
 * it. An Ingress of a Helm chart may take its class from the chart's values
 * (`ingressClassName: {{ .Values.ingress.className }}`): its source names the controller by a
 * reference to the values.yaml group (`$group:helm-values:<chart>#ingress.className`), and
 * resolution puts in the controller of the class the values give, before components are joined
 * (withIngressClassesFromValues). Values that do not say (no values.yaml, an empty class) leave
 * the cluster's default class, as for an Ingress naming none: the route is still served.
 */
import type { BindingFact, Fact } from './facts.js';

/** An ingress controller as a system: its name, product and the names its usual install gives it. */
export interface IngressController {
  name: string;
  technology?: string;
  aliases: string[];
}

/** The usual in-cluster names of a controller installed as `service` in `namespace`. */
function installedAs(service: string, namespace: string): string[] {
  return [service, `${service}.${namespace}`, `${service}.${namespace}.svc`, `${service}.${namespace}.svc.cluster.local`];
}

/** Well-known ingress classes and the controller serving each. */
const CONTROLLERS: { classes: RegExp; controller: IngressController }[] = [
  { classes: /^(ingress-)?nginx$/, controller: { name: 'ingress-nginx', technology: 'NGINX Ingress Controller', aliases: installedAs('ingress-nginx-controller', 'ingress-nginx') } },
  { classes: /^traefik$/, controller: { name: 'traefik', technology: 'Traefik', aliases: installedAs('traefik', 'traefik') } },
  { classes: /^alb$/, controller: { name: 'aws-load-balancer', technology: 'AWS Load Balancer Controller', aliases: ['aws-load-balancer-controller'] } },
  { classes: /^gce(-internal)?$/, controller: { name: 'gce-load-balancer', technology: 'Google Cloud Load Balancing', aliases: [] } },
  { classes: /^azure[/-]application-gateway$/, controller: { name: 'application-gateway', technology: 'Azure Application Gateway', aliases: ['ingress-appgw'] } },
  { classes: /^haproxy$/, controller: { name: 'haproxy-ingress', technology: 'HAProxy', aliases: installedAs('haproxy-ingress', 'haproxy-controller') } },
  { classes: /^kong$/, controller: { name: 'kong', technology: 'Kong', aliases: ['kong-proxy', 'kong-gateway', 'ingress-kong', ...installedAs('kong-proxy', 'kong').slice(1)] } },
  { classes: /^istio$/, controller: { name: 'istio-ingressgateway', technology: 'Istio ingress gateway', aliases: installedAs('istio-ingressgateway', 'istio-system') } },
  { classes: /^contour$/, controller: { name: 'contour', technology: 'Contour', aliases: installedAs('envoy', 'projectcontour') } },
];

/** The class an Ingress names nothing for: the cluster's default, taken to be ingress-nginx. */
const DEFAULT_CLASS = 'nginx';

/** The controller serving an ingress class (undefined: the default class); an unknown class is a controller of its own name. */
export function ingressController(ingressClass: string | undefined): IngressController {
  const name = (ingressClass ?? DEFAULT_CLASS).trim().toLowerCase();
  const known = CONTROLLERS.find((entry) => entry.classes.test(name));
  return known ? known.controller : { name, aliases: [] };
}

/** A class given by a reference to a Helm chart's values (`$group:helm-values:<chart>#<path>`). */
const VALUES_REFERENCE = /^\$group:(helm-values:[^#]*)#(.+)$/;

/** Whether an ingress class is a reference to a Helm chart's values, to be looked up there. */
export function isIngressClassReference(ingressClass: string): boolean {
  return VALUES_REFERENCE.test(ingressClass.trim());
}

/**
 * Facts with the controllers of Ingresses whose class a chart's values give: the gateway component
 * and its calls, named by the reference, renamed after the controller of the class the chart's
 * values.yaml sets (its group members, helm-values.ts), or the default class's when it sets none.
 */
export function withIngressClassesFromValues(facts: readonly Fact[]): Fact[] {
  const referenced = (name: string | undefined): boolean => name !== undefined && VALUES_REFERENCE.test(name);
  if (!facts.some((fact) => (fact.type === 'component' && referenced(fact.name)) || (fact.type === 'connection' && referenced(fact.component)))) return [...facts];
  const values = new Map<string, string>();
  for (const fact of facts) {
    if (fact.type !== 'binding' || fact.group === undefined || !fact.group.startsWith('helm-values:')) continue;
    const member = fact as BindingFact & { group: string };
    const id = `${member.group}#${member.key}`;
    if (!values.has(id) && member.value.trim() !== '') values.set(id, member.value.trim());
  }
  const controllerOf = (reference: string): IngressController => {
    const [, group, path] = VALUES_REFERENCE.exec(reference) ?? [];
    return ingressController(values.get(`${group}#${path}`));
  };
  return facts.map((fact): Fact => {
    if (fact.type === 'component' && referenced(fact.name)) {
      const controller = controllerOf(fact.name);
      const { technology: _technology, aliases: _aliases, ...rest } = fact;
      return { ...rest, name: controller.name, ...(controller.technology ? { technology: controller.technology } : {}), ...(controller.aliases.length > 0 ? { aliases: controller.aliases } : {}) };
    }
    if (fact.type === 'connection' && referenced(fact.component)) return { ...fact, component: controllerOf(fact.component as string).name };
    return fact;
  });
}
