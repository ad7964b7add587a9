/**
 * `patchbay teams|domains|systems|integrations list|show|add|update|remove`. The flags of `add`
 * and `update` are generated from the model's schema, so a field added to the model is a flag
 * here without further code; anything nested is set with `--set path=value` or a `--file`.
 */
import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { parse as parseYaml } from 'yaml';
import type { TSchema } from '@sinclair/typebox';
import { PatchbayError, errors } from '../../core/errors.js';
import { FILTERS_BY_KIND, NUMERIC_FILTERS, SORTS_BY_KIND, type ListFilter } from '../../core/catalog/queries.js';
import { DOCUMENT_KINDS, entityFromDocument } from '../../core/catalog/yaml-documents.js';
import { INPUT_SCHEMAS } from '../../core/model/schemas.js';
import type { EntityKind } from '../../core/model/vocabulary.js';
import type { CliContext } from '../context.js';
import { fraction, wholeNumber } from '../option-values.js';
import { table } from '../output.js';

/** The columns a list shows for each kind. */
const LIST_COLUMNS: Record<EntityKind, string[]> = {
  team: ['id', 'name', 'contact', 'onCall'],
  domain: ['id', 'name', 'owner'],
  system: ['id', 'name', 'kind', 'owner', 'domain', 'lifecycle'],
  integration: ['id', 'source', 'target', 'mechanism', 'frequency', 'health', 'status', 'maintainedBy'],
};

const PLURAL: Record<EntityKind, string> = { team: 'teams', domain: 'domains', system: 'systems', integration: 'integrations' };

/** Turns camelCase into the kebab-case of a flag. */
function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** The scalar fields of a kind that become flags: strings, enums, numbers, booleans. */
function scalarFields(kind: EntityKind): { name: string; schema: TSchema & { enum?: string[]; type?: string; description?: string } }[] {
  const properties = (INPUT_SCHEMAS[kind] as unknown as { properties: Record<string, TSchema & { type?: string }> }).properties;
  return Object.entries(properties)
    .filter(([name, schema]) => name !== 'id' && ['string', 'boolean', 'number', 'integer'].includes(String(schema.type)))
    .map(([name, schema]) => ({ name, schema }));
}

/** Reads a value given on the command line: JSON when it parses as JSON, else the text itself. */
function cliValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Sets a dotted path (`owner.maintainedBy`) in a patch object. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let cursor = target;
  for (const part of parts.slice(0, -1)) {
    const next = cursor[part];
    cursor[part] = next !== null && typeof next === 'object' && !Array.isArray(next) ? next : {};
    cursor = cursor[part] as Record<string, unknown>;
  }
  cursor[parts[parts.length - 1] as string] = value;
}

/** Reads an entity of a kind from a YAML or JSON file: either the flat shape or a catalog document. */
function readEntityFile(path: string, kind: EntityKind): Record<string, unknown> {
  let value: unknown;
  try {
    value = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new PatchbayError('invalid-input', `${path}: cannot be read as YAML or JSON: ${(error as Error).message}`, { issues: [{ file: path, message: (error as Error).message }] });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new PatchbayError('invalid-input', `${path}: must hold one entity (a mapping)`, { issues: [{ file: path, line: 1, message: 'must be a mapping' }] });
  }
  const record = value as Record<string, unknown>;
  if ('apiVersion' in record || 'metadata' in record) {
    // A document of another kind would otherwise fail field by field, far from the real mistake.
    if (record.kind !== DOCUMENT_KINDS[kind]) {
      throw new PatchbayError('invalid-input', `${path}: holds a ${String(record.kind ?? 'document without a kind')}, but patchbay ${PLURAL[kind]} takes a ${DOCUMENT_KINDS[kind]}`, {
        issues: [{ file: path, pointer: '/kind', message: `must be ${DOCUMENT_KINDS[kind]}` }],
      });
    }
    return entityFromDocument((record.metadata ?? {}) as Record<string, unknown>, (record.spec ?? {}) as Record<string, unknown>);
  }
  return record;
}

/** Flags of add/update parsed into a merge patch. */
interface FieldOptions {
  file?: string;
  set?: string[];
  unset?: string[];
  tag?: string[];
  [field: string]: unknown;
}

/** Builds the entity (add) or patch (update) of entity `id` that the flags describe. */
function patchFrom(kind: EntityKind, id: string, options: FieldOptions): Record<string, unknown> {
  const patch: Record<string, unknown> = options.file ? readEntityFile(options.file, kind) : {};
  // The id on the command line names the entity; a file naming another would silently lose one of them.
  if (options.file && patch.id !== undefined && patch.id !== id) {
    throw new PatchbayError('invalid-input', `${options.file}: describes ${kind} '${String(patch.id)}', not '${id}'; fix the id in the file or on the command line`, {
      issues: [{ file: options.file, pointer: '/id', message: `must be '${id}' or absent` }],
    });
  }
  for (const { name, schema } of scalarFields(kind)) {
    const value = options[name];
    if (value === undefined) continue;
    patch[name] = schema.type === 'number' || schema.type === 'integer' ? Number(value) : value;
  }
  if (options.tag?.length) patch.tags = options.tag;
  if (kind === 'integration') {
    for (const field of ['builtBy', 'maintainedBy', 'onCall'] as const) {
      if (options[field] !== undefined) setPath(patch, `owner.${field}`, options[field]);
    }
  }
  for (const assignment of options.set ?? []) {
    const equals = assignment.indexOf('=');
    if (equals <= 0) throw errors.invalidInput(`--set takes path=value (got '${assignment}'), e.g. --set owner.maintainedBy=erp-team or --set 'data=[{"object":"order"}]'`);
    setPath(patch, assignment.slice(0, equals), cliValue(assignment.slice(equals + 1)));
  }
  for (const path of options.unset ?? []) setPath(patch, path, null);
  return patch;
}

/** Adds the generated field flags to add/update. */
function withFieldOptions(command: Command, kind: EntityKind): Command {
  for (const { name, schema } of scalarFields(kind)) {
    const description = schema.description ?? name;
    if (schema.type === 'boolean') {
      command.option(`--${kebab(name)}`, description);
      command.option(`--no-${kebab(name)}`, `the opposite of --${kebab(name)}`);
    } else {
      const option = new Option(`--${kebab(name)} <value>`, description);
      if (Array.isArray(schema.enum)) option.choices(schema.enum);
      command.addOption(option);
    }
  }
  if (kind === 'integration') {
    command.option('--built-by <team>', 'id of the team that built it');
    command.option('--maintained-by <team>', 'id of the team that maintains it');
    command.option('--on-call <who>', 'who is called when it breaks');
  }
  const collect = (value: string, previous: string[] = []) => [...previous, value];
  command.option('--tag <tag>', 'a tag (repeat for several; replaces the tag list)', collect);
  command.option('--set <path=value>', 'set any field, dotted paths for nested ones, JSON for lists and objects (repeatable)', collect);
  command.option('-f, --file <file>', 'read the fields from a YAML or JSON file (flat, or a catalog document)');
  return command;
}

/** Registers the entity commands of one kind. */
export function entityCommands(program: Command, context: () => CliContext, kind: EntityKind): void {
  const plural = PLURAL[kind];
  const group = program.command(plural).description(`list, show, add, update and remove ${plural}`);
  const collect = (value: string, previous: string[] = []) => [...previous, value];

  const list = group
    .command('list')
    .description(`list ${plural}; filters combine with AND, comma-separated values with OR`)
    .option('--limit <n>', 'rows per page (1-500)', wholeNumber(1, 500), 50)
    .option('--all', 'fetch every page')
    .option('--cursor <cursor>', 'continue from a previous page')
    .addOption(new Option('--sort <key>', 'sort key; prefix - for descending').choices(SORTS_BY_KIND[kind].flatMap((key) => [key, `-${key}`])));
  for (const filter of FILTERS_BY_KIND[kind]) {
    if ((NUMERIC_FILTERS as readonly string[]).includes(filter)) {
      list.option(`--${kebab(filter)} <value>`, `${filter === 'confidenceMin' ? 'lowest' : 'highest'} recorded confidence, 0-1 inclusive`, fraction());
      continue;
    }
    list.option(`--${kebab(filter)} <value>`, filter === 'q' ? 'free text' : `filter by ${filter}${filter === 'carries' ? ' (object or object.field)' : ' (comma-separated)'}`);
  }
  list.action(async (options: Record<string, unknown>) => {
    const ctx = context();
    const filter: Record<string, unknown> = {};
    for (const key of FILTERS_BY_KIND[kind]) {
      const value = options[key];
      if (typeof value === 'number') filter[key] = value;
      if (typeof value !== 'string') continue;
      filter[key] = key === 'q' || key === 'carries' ? value : value.split(',').map((item) => item.trim()).filter(Boolean);
    }
    await ctx.withClient(async (client) => {
      const items: object[] = [];
      let cursor = options.cursor as string | undefined;
      let nextCursor: string | null = null;
      do {
        const page = await client.list(kind, filter as ListFilter, { limit: options.limit as number, ...(cursor ? { cursor } : {}), ...(options.sort ? { sort: options.sort as string } : {}) });
        items.push(...page.items);
        nextCursor = page.nextCursor;
        cursor = nextCursor ?? undefined;
      } while (options.all && cursor);
      if (ctx.output.json) {
        ctx.output.out(JSON.stringify({ items, nextCursor }, null, 2));
        return;
      }
      const rows = items.map((item) => ({ ...item, maintainedBy: (item as { owner?: { maintainedBy?: string } }).owner?.maintainedBy }));
      ctx.output.out(table(rows, LIST_COLUMNS[kind]));
      if (nextCursor) ctx.output.err(`(more: --cursor ${nextCursor}, or --all)`);
    });
  });

  group
    .command('show <id>')
    .description(`show one ${kind} in full`)
    .action(async (id: string) => {
      const ctx = context();
      await ctx.withClient(async (client) => {
        const entity = await client.get(kind, id);
        ctx.output.out(JSON.stringify(entity, null, 2));
      });
    });

  withFieldOptions(group.command('add <id>').description(`add a ${kind}`), kind).action(async (id: string, options: FieldOptions) => {
    const ctx = context();
    const entity = { ...patchFrom(kind, id, options), id };
    await ctx.withClient(async (client) => {
      const created = await client.create(kind, entity);
      ctx.output.out(ctx.output.json ? JSON.stringify(created, null, 2) : `Added ${kind} '${created.id}' (revision ${created.revision}).`);
    });
  });

  withFieldOptions(group.command('update <id>').description(`change fields of a ${kind} (others stay as they are)`), kind)
    .option('--unset <path>', 'remove a field (repeatable)', collect)
    .action(async (id: string, options: FieldOptions) => {
      const ctx = context();
      const patch = patchFrom(kind, id, options);
      if (Object.keys(patch).length === 0) throw errors.invalidInput(`Nothing to change: give field flags (see patchbay ${plural} update --help), --set, --unset or --file`);
      await ctx.withClient(async (client) => {
        const current = await client.get(kind, id);
        const updated = await client.patch(kind, id, patch, current.revision);
        ctx.output.out(ctx.output.json ? JSON.stringify(updated, null, 2) : `Updated ${kind} '${id}' (revision ${updated.revision}).`);
      });
    });

  group
    .command('remove <id>')
    .description(`remove a ${kind} (refused while others refer to it)`)
    .action(async (id: string) => {
      const ctx = context();
      await ctx.withClient(async (client) => {
        await client.remove(kind, id);
        ctx.output.out(ctx.output.json ? JSON.stringify({ removed: { kind, id } }) : `Removed ${kind} '${id}'.`);
      });
    });
}
