/**
 * Workloads a local Terraform module deploys once per call. The module's Cloud Run service is
 * named from its variables (`name = "${var.name}-${var.protocol}"`) and each call gives them
 * (`module "trainer_http" { source = "./service", name = "trainer", protocol = "http" }`): the
 * instance is `trainer-http`, which is what Firebase rewrites (`serviceId`), URLs and other files
 * call it. The Terraform source reads one file at a time, so it states both halves as bindings
 * under the keys below (the template for the module's folder, the call's inputs for the workload
 * it names), and this pass joins them before resolution: each call's workload gets the instance
 * name as another name. The pseudo-bindings themselves never reach the lookup.
 *
 * A reference to a call's address output written in another file of the calling folder
 * (`module.trainer_grpc.endpoint` in `services.tf`, the call in `main.tf`) is left as written by
 * the source, which sees one file; this pass writes it as the call's workload name, as the source
 * does within a file.
 */
import type { Fact } from './facts.js';
import { CONFIDENCE } from './facts.js';
import { folderOf } from './file-paths.js';

/**
 * The outputs of a module call that say where the workload it deploys is (`module.trainer.endpoint`,
 * `.url`, `.uri`…): each is written as that workload's name. Other outputs (a service account) are kept.
 */
export const ADDRESS_OUTPUT = /^(?:endpoint|url|uri|name|fqdn|host|hostname|address|service_url|service_uri|service_name)$/;

/** `${module.<label>[i].<…>.<output>}`: the call's label and the output path after it. */
export const MODULE_REFERENCE = /\$\{\s*module\.([A-Za-z_][A-Za-z0-9_-]*)(?:\[[^\]]*\])?((?:\.[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]]*\])?)*)\s*\}/g;

/** Writes each reference to an address output of a call `nameOf` knows as the name of its workload. */
export function withModuleNames(value: string, nameOf: (label: string) => string | undefined): string {
  return value.replace(MODULE_REFERENCE, (match: string, label: string, path: string) => {
    const output = /\.([A-Za-z_][A-Za-z0-9_]*)(?:\[[^\]]*\])?$/.exec(path)?.[1];
    return output !== undefined && ADDRESS_OUTPUT.test(output) ? (nameOf(label) ?? match) : match;
  });
}

/** A workload's name as its module writes it, bound for the module's folder. */
export const MODULE_WORKLOAD_NAME_KEY = 'terraform:module-workload-name';
/** A call of a local module, bound for the workload it names: JSON `{ folder, inputs }`. */
export const MODULE_CALL_KEY = 'terraform:module-call';

/** What a call says: the module's folder, its literal inputs, and the call's label. */
interface ModuleCall {
  folder: string;
  inputs: Record<string, string>;
  label?: string;
}

function parseCall(value: string): ModuleCall | undefined {
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { folder, inputs, label } = parsed as { folder?: unknown; inputs?: unknown; label?: unknown };
    if (typeof folder !== 'string' || typeof inputs !== 'object' || inputs === null) return undefined;
    const literal = Object.fromEntries(Object.entries(inputs).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    return { folder, inputs: literal, ...(typeof label === 'string' ? { label } : {}) };
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
  // The workload of each call, by the folder calling it and its label.
  const workloads = new Map<string, string>();
  for (const { component, call, fact } of calls) if (call.label !== undefined) workloads.set(`${folderOf(fact.evidence.file)}|${call.label}`, component);
  const result: Fact[] = facts
    .filter((fact) => fact.type !== 'binding' || (fact.key !== MODULE_WORKLOAD_NAME_KEY && fact.key !== MODULE_CALL_KEY))
    .map((fact) => {
      if (fact.type !== 'binding' || !fact.evidence.file.endsWith('.tf') || !fact.value.includes('module.')) return fact;
      const folder = folderOf(fact.evidence.file);
      const value = withModuleNames(fact.value, (label) => workloads.get(`${folder}|${label}`));
      return value === fact.value ? fact : { ...fact, value };
    });
  for (const { component, call, fact } of calls) {
    for (const template of templates.get(call.folder) ?? []) {
      const instance = instantiate(template, call.inputs);
      if (instance === undefined || instance === component) continue;
      result.push({ type: 'component', name: component, kind: 'application', aliases: [instance], evidence: fact.evidence, confidence: CONFIDENCE.inferred });
    }
  }
  return result;
}
