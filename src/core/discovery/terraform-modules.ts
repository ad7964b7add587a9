/**
 * Workloads a local Terraform module deploys once per call. The module's Cloud Run service is
 * named from its variables (`name = "${var.name}-${var.protocol}"`) and each call gives them
 * (`module "trainer_http" { source = "./service", name = "trainer", protocol = "http" }`): the
 * instance is `trainer-http`, which is what Firebase rewrites (`serviceId`), URLs and other files
 * call it. The Terraform source reads one file at a time, so it states both halves as bindings
 * under the keys below (the template for the module's folder, the call's inputs for the workload
 * it names), and this pass joins them before resolution: each call's workload gets the instance
 * name as another name. The pseudo-bindings themselves never reach the lookup.
 */
import type { Fact } from './facts.js';
import { CONFIDENCE } from './facts.js';

/** A workload's name as its module writes it, bound for the module's folder. */
export const MODULE_WORKLOAD_NAME_KEY = 'terraform:module-workload-name';
/** A call of a local module, bound for the workload it names: JSON `{ folder, inputs }`. */
export const MODULE_CALL_KEY = 'terraform:module-call';

/** What a call says: the module's folder and its literal inputs. */
interface ModuleCall {
  folder: string;
  inputs: Record<string, string>;
}

function parseCall(value: string): ModuleCall | undefined {
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { folder, inputs } = parsed as { folder?: unknown; inputs?: unknown };
    if (typeof folder !== 'string' || typeof inputs !== 'object' || inputs === null) return undefined;
    const literal = Object.fromEntries(Object.entries(inputs).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    return { folder, inputs: literal };
  } catch {
    return undefined;
  }
}

/** `${var.name}-${var.protocol}` with the call's inputs, or undefined when one is not given literally. */
export function instantiate(template: string, inputs: Readonly<Record<string, string>>): string | undefined {
  let complete = true;
  const name = template.replace(/\$\{\s*var\.([A-Za-z_][\w-]*)\s*\}/g, (_match, variable: string) => {
    const value = inputs[variable];
    if (value === undefined) complete = false;
    return value ?? '';
  });
  return complete && !name.includes('${') && /^[A-Za-z0-9][\w.-]*$/.test(name) ? name : undefined;
}

/** The facts with each module call's instance name added to its workload, and the pseudo-bindings gone. */
export function withModuleInstances(facts: readonly Fact[]): Fact[] {
  const templates = new Map<string, string[]>();
  const calls: Array<{ component: string; call: ModuleCall; fact: Fact }> = [];
  for (const fact of facts) {
    if (fact.type !== 'binding') continue;
    if (fact.key === MODULE_WORKLOAD_NAME_KEY && fact.scope !== undefined) templates.set(fact.scope, [...(templates.get(fact.scope) ?? []), fact.value]);
    if (fact.key === MODULE_CALL_KEY && fact.component !== undefined) {
      const call = parseCall(fact.value);
      if (call) calls.push({ component: fact.component, call, fact });
    }
  }
  if (templates.size === 0 && calls.length === 0) return [...facts];
  const result: Fact[] = facts.filter((fact) => fact.type !== 'binding' || (fact.key !== MODULE_WORKLOAD_NAME_KEY && fact.key !== MODULE_CALL_KEY));
  for (const { component, call, fact } of calls) {
    for (const template of templates.get(call.folder) ?? []) {
      const instance = instantiate(template, call.inputs);
      if (instance === undefined || instance === component) continue;
      result.push({ type: 'component', name: component, kind: 'application', aliases: [instance], evidence: fact.evidence, confidence: CONFIDENCE.inferred });
    }
  }
  return result;
}
