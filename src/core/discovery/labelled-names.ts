/**
 * Names that are only handles. Infrastructure code labels a datastore or broker after the service
 * that uses it (`resource "aws_db_instance" "catalog"`, `aws_dynamodb_table "carts"`,
 * `aws_mq_broker "orders"`) and often builds its cloud name from variables
 * (`"${var.environment_name}-catalog"`), so the only name it has is the service's. Merged by name
 * key, the `catalog` service would become a database and every call to it a database edge. A
 * component whose source marks its name as such a handle (ComponentFact.labelled) therefore gives
 * way where a component of another kind is defined under the same name: it takes its distinct
 * name (`catalog-mysql`), and so do the references to it written in its own module — the files of
 * its folder of the same type (a Terraform module is a folder), where the label is what names it.
 * Everywhere else the name still means the service that owns it.
 *
 * Pure and order-independent: what is defined is collected from all facts before any is renamed.
 */
import type { SystemKind } from '../model/vocabulary.js';
import type { Fact } from './facts.js';
import { folderOf } from './file-paths.js';
import { nameKey } from './names.js';

/** A `${VAR}` or template action nothing filled in: such a name defines nothing yet. */
const PLACEHOLDER = /\$\{|\{\{|__tpl__/;

/** The extension of a file, which says which module system its references belong to. */
function extensionOf(file: string): string {
  const base = file.slice(file.lastIndexOf('/') + 1);
  return base.includes('.') ? base.slice(base.lastIndexOf('.')) : '';
}

/** Escapes a string for use in a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The facts with every labelled component that shares its name with a defined component of
 * another kind renamed to its distinct name, along with the references of its own module.
 */
export function settleLabelledNames(facts: readonly Fact[]): Fact[] {
  // The kinds each name is defined with by facts whose names are names (compose services,
  // workloads, Services, charts, projects, literal cloud names).
  const defined = new Map<string, Set<SystemKind>>();
  for (const fact of facts) {
    if (fact.type !== 'component' || fact.labelled) continue;
    for (const name of [fact.name, ...(fact.aliases ?? [])]) {
      if (PLACEHOLDER.test(name)) continue;
      const kinds = defined.get(nameKey(name)) ?? new Set<SystemKind>();
      kinds.add(fact.kind);
      defined.set(nameKey(name), kinds);
    }
  }
  // Per module (folder and file type): label → distinct name, or null when two resources of the
  // module share the label and a reference could mean either.
  const renamed = new Map<string, Map<string, string | null>>();
  const moduleOf = (file: string): string => `${folderOf(file)}|${extensionOf(file)}`;
  for (const fact of facts) {
    if (fact.type !== 'component' || !fact.labelled) continue;
    const kinds = defined.get(nameKey(fact.name));
    if (!kinds || [...kinds].every((kind) => kind === fact.kind)) continue;
    const names = renamed.get(moduleOf(fact.evidence.file)) ?? new Map<string, string | null>();
    const earlier = names.get(fact.name);
    names.set(fact.name, earlier === undefined || earlier === fact.labelled.distinctName ? fact.labelled.distinctName : null);
    renamed.set(moduleOf(fact.evidence.file), names);
  }
  if (renamed.size === 0) return [...facts];

  return facts.map((fact): Fact => {
    const names = renamed.get(moduleOf(fact.evidence.file));
    if (!names) return fact;
    const rename = (name: string | undefined): string | undefined => (name === undefined ? undefined : (names.get(name) ?? undefined));
    if (fact.type === 'component') {
      const kinds = defined.get(nameKey(fact.name));
      const conflicts = fact.labelled !== undefined && kinds !== undefined && [...kinds].some((kind) => kind !== fact.kind);
      return conflicts && fact.labelled ? { ...fact, name: fact.labelled.distinctName } : fact;
    }
    if (fact.type === 'connection') {
      const component = rename(fact.component);
      const target = rename(fact.target.component);
      if (component === undefined && target === undefined) return fact;
      return { ...fact, ...(component !== undefined ? { component } : {}), target: { ...fact.target, ...(target !== undefined ? { component: target } : {}) } };
    }
    if (fact.type === 'binding') {
      // A reference written as the resource's name, alone or as the host of an address (`${aws_db_instance.orders.address}:5432`).
      let value = fact.value;
      for (const [label, distinct] of names) {
        if (distinct === null) continue;
        value = value.replace(new RegExp(`(^|[/@])${escape(label)}(?=$|[:/?])`, 'g'), (_match, before: string) => `${before}${distinct}`);
      }
      return value === fact.value ? fact : { ...fact, value };
    }
    return fact;
  });
}
