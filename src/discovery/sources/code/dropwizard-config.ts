/**
 * Dropwizard's configuration class: `class AppConfig extends Configuration` (io.dropwizard), which
 * Jackson fills from the YAML file the service is started with (`server conf/app.yaml`). Each field
 * is the top-level key its `@JsonProperty("…")` names, else the field's own name (Lombok's or
 * hand-written setters bind it so):
 *
 * - a scalar field (`String clusterName`) reads that key: `code:AppConfig.clusterName` → `clusterName`;
 * - any other field is a section bound whole (`@JsonProperty("elasticsearch") ElasticSearchConfiguration
 *   elasticSearchConfiguration`, Dropwizard's own `DataSourceFactory database`): the field's path
 *   and, when one field alone has that class, the class itself stand for the section
 *   (`config-section:elasticsearch`), so that a getter chain read from either
 *   (`config.getElasticSearchConfiguration().getHost()`, `esConfig.getHost()` on a parameter of the
 *   class handed to a client's constructor) is the section's key (`elasticsearch.host`), completed
 *   in resolution (core/discovery/config-sections.ts) whatever file declares the section's class.
 *
 * Pure over the syntax tree.
 */
import { CONFIG_SECTION } from '../../../core/discovery/config-sections.js';
import type { SyntaxNode } from './code-model.js';
import { field, kids, typeName, unquote } from './syntax-helpers.js';

/** One field of the configuration class: the path code reads it by, and the key or section it stands for. */
export interface DropwizardMember {
  /** `AppConfig.elasticSearchConfiguration`, or a section's class alone (`ElasticSearchConfiguration`). */
  path: string;
  /** The settings key (`clusterName`) or, for a section, `config-section:elasticsearch`. */
  key: string;
  at: SyntaxNode;
}

/** Types Jackson reads from one YAML value; a list of them too (`List<String> publicKeyUrls`, bound whole). */
const SCALAR_TYPES = /^(?:String|CharSequence|int|long|short|byte|double|float|boolean|char|Integer|Long|Short|Byte|Double|Float|Boolean|Character|BigDecimal|BigInteger|URI|URL|Duration|DataSize|Size|List|Set|Collection)$/;

/** Whether the class extends Dropwizard's `Configuration`, imported from io.dropwizard. */
function isDropwizardConfiguration(declaration: SyntaxNode, imports: readonly string[]): boolean {
  const superclass = field(declaration, 'superclass');
  const written = superclass ? kids(superclass)[0]?.text : undefined;
  if (!written) return false;
  const base = typeName(written);
  if (/^io\.dropwizard\.(?:core\.)?Configuration$/.test(base)) return true;
  return base === 'Configuration' && imports.some((name) => /^io\.dropwizard\.(?:core\.)?(?:Configuration|\*)$/.test(name));
}

/** The key `@JsonProperty("…")` gives a field, else undefined (the field's name then). */
function jsonPropertyName(declaration: SyntaxNode): string | undefined {
  const modifiers = kids(declaration).find((child) => child.type === 'modifiers');
  for (const annotation of modifiers ? kids(modifiers) : []) {
    if (annotation.type !== 'annotation' || (field(annotation, 'name')?.text ?? '').replace(/^.*\./, '') !== 'JsonProperty') continue;
    const args = field(annotation, 'arguments');
    for (const argument of args ? kids(args) : []) {
      const value = argument.type === 'element_value_pair' ? (field(argument, 'key')?.text === 'value' ? field(argument, 'value') : undefined) : argument;
      if (value?.type === 'string_literal' && unquote(value.text).trim() !== '') return unquote(value.text).trim();
    }
  }
  return undefined;
}

/** The members of a Dropwizard configuration class declaration; empty for any other class. */
export function dropwizardMembers(declaration: SyntaxNode, imports: readonly string[]): DropwizardMember[] {
  const root = field(declaration, 'name')?.text;
  if (declaration.type !== 'class_declaration' || !root || !isDropwizardConfiguration(declaration, imports)) return [];
  const members: DropwizardMember[] = [];
  const sectionsByType = new Map<string, DropwizardMember[]>();
  const body = field(declaration, 'body');
  for (const member of body ? kids(body) : []) {
    if (member.type !== 'field_declaration' || /\bstatic\b/.test(kids(member).find((child) => child.type === 'modifiers')?.text ?? '')) continue;
    const type = field(member, 'type');
    const typeText = type ? typeName(type.text).split('.').pop() : undefined;
    if (!typeText) continue;
    const property = jsonPropertyName(member);
    for (const declarator of member.childrenForFieldName('declarator')) {
      const name = declarator ? field(declarator, 'name')?.text : undefined;
      if (!declarator || !name) continue;
      const key = property ?? name;
      if (SCALAR_TYPES.test(typeText) || !/^[A-Z]/.test(typeText)) {
        members.push({ path: `${root}.${name}`, key, at: declarator });
        continue;
      }
      // A map (`Map<String, Endpoint> endpoints`) is a section too: its entries are keys below it.
      const section = { path: `${root}.${name}`, key: `${CONFIG_SECTION}${key}`, at: declarator };
      members.push(section);
      if (typeText !== 'Map') sectionsByType.set(typeText, [...(sectionsByType.get(typeText) ?? []), section]);
    }
  }
  // A class bound at one section only: a variable of that class is that section (two
  // `DataSourceFactory` fields leave the class alone, each read through its own field).
  for (const [type, sections] of sectionsByType) {
    const only = sections.length === 1 ? sections[0] : undefined;
    if (only) members.push({ path: type, key: only.key, at: only.at });
  }
  return members;
}
