/**
 * Validation of catalog entities: schema checks that name the bad field (as a JSON pointer and in
 * words), the rules a schema cannot say, and the defaults every stored entity carries so that
 * readers never have to guess what an absent field means.
 */
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler';
import type { ValueError } from '@sinclair/typebox/errors';
import type { TSchema } from '@sinclair/typebox';
import { errors, type FieldIssue } from '../errors.js';
import { INPUT_SCHEMAS, type EntityInputs } from './schemas.js';
import type { EntityKind } from './vocabulary.js';

const compiled = new Map<TSchema, TypeCheck<TSchema>>();

/** Compiles a schema once; TypeBox's compiled checks are an order of magnitude faster. */
function checkerFor(schema: TSchema): TypeCheck<TSchema> {
  let check = compiled.get(schema);
  if (!check) {
    check = TypeCompiler.Compile(schema);
    compiled.set(schema, check);
  }
  return check;
}

/** Turns TypeBox's errors into issues, keeping the most specific one per field. */
function toIssues(valueErrors: Iterable<ValueError>): FieldIssue[] {
  const byPointer = new Map<string, FieldIssue>();
  for (const valueError of valueErrors) {
    const pointer = valueError.path || '/';
    if (byPointer.has(pointer)) continue;
    byPointer.set(pointer, { pointer, message: describe(valueError) });
  }
  return [...byPointer.values()];
}

/** Says what is wrong with one value in words a person can act on. */
function describe(valueError: ValueError): string {
  const schema = valueError.schema as { enum?: string[]; pattern?: string; description?: string };
  if (Array.isArray(schema.enum)) {
    return `must be one of: ${schema.enum.join(', ')} (got ${JSON.stringify(valueError.value)})`;
  }
  if (valueError.message.startsWith('Unexpected property')) {
    return 'is not a known field; check its spelling';
  }
  if (schema.pattern && typeof valueError.value === 'string') {
    return `${JSON.stringify(valueError.value)} is not allowed here${schema.description ? `: ${schema.description}` : ''}`;
  }
  return valueError.message.replace(/^Expected/, 'expected');
}

/** Checks a value against a schema, returning the issues (empty when valid). */
export function schemaIssues(schema: TSchema, value: unknown): FieldIssue[] {
  const check = checkerFor(schema);
  return check.Check(value) ? [] : toIssues(check.Errors(value));
}

/** Rules beyond the schema: things that are well-formed but make no sense. */
function ruleIssues(kind: EntityKind, value: Record<string, unknown>): FieldIssue[] {
  if (kind !== 'integration') return [];
  const issues: FieldIssue[] = [];
  if (value.source === value.target) {
    issues.push({ pointer: '/target', message: 'must differ from source: an integration joins two systems' });
  }
  ((value.dependsOn ?? []) as string[]).forEach((id, index) => {
    if (id === value.id) issues.push({ pointer: `/dependsOn/${index}`, message: 'an integration cannot depend on itself' });
  });
  const data = (value.data ?? []) as { object: string; fields?: { name: string }[] }[];
  const objects = new Set<string>();
  data.forEach((dataObject, index) => {
    const key = dataObject.object.toLowerCase();
    if (objects.has(key)) {
      issues.push({ pointer: `/data/${index}/object`, message: `'${dataObject.object}' is listed twice; merge its fields into one entry` });
    }
    objects.add(key);
    const fields = new Set<string>();
    (dataObject.fields ?? []).forEach((field, fieldIndex) => {
      const fieldKey = field.name.toLowerCase();
      if (fields.has(fieldKey)) {
        issues.push({ pointer: `/data/${index}/fields/${fieldIndex}/name`, message: `field '${field.name}' is listed twice` });
      }
      fields.add(fieldKey);
    });
  });
  return issues;
}

/** Every issue with an entity as a user wrote it, schema and rules together. */
export function entityIssues(kind: EntityKind, value: unknown): FieldIssue[] {
  const issues = schemaIssues(INPUT_SCHEMAS[kind], value);
  if (issues.length > 0) return issues;
  return ruleIssues(kind, value as Record<string, unknown>);
}

/** The defaults an absent field stands for, written into every stored entity. */
export function withDefaults<K extends EntityKind>(kind: K, value: EntityInputs[K]): EntityInputs[K] {
  const base = { ...value, tags: value.tags ?? [], links: value.links ?? [] };
  switch (kind) {
    case 'system':
      return { lifecycle: 'active', ...base } as EntityInputs[K];
    case 'integration':
      return {
        direction: 'one-way',
        frequency: 'real-time',
        health: 'unknown',
        status: 'active',
        data: [],
        owner: {},
        provenance: { origin: 'manual' },
        ...base,
      } as EntityInputs[K];
    default:
      return base as EntityInputs[K];
  }
}

/**
 * Validates an entity and returns it with defaults applied, or throws `invalid-input` naming every
 * bad field. `label` says what is being validated in the message (e.g. "system 'crm'").
 */
export function parseEntity<K extends EntityKind>(kind: K, value: unknown, label: string = kind): EntityInputs[K] {
  const issues = entityIssues(kind, value);
  if (issues.length > 0) {
    const summary = issues.map((issue) => `${issue.pointer} ${issue.message}`).join('; ');
    throw errors.invalidInput(`${label} is not valid: ${summary}`, issues);
  }
  return withDefaults(kind, value as EntityInputs[K]);
}
