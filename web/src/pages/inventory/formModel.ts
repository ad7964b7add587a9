/**
 * The add/edit forms' state and how it maps to the API's bodies. Form state holds what inputs
 * hold (text, and rows for lists); the body holds what the API takes. Empty inputs leave a field
 * out, so a field cleared in the form is removed by the merge patch (null), and `toForm` then
 * `toBody` gives back the same body for every field the form shows.
 */
import type { Json, JsonObject } from './mergePatch';
import type { ListKind } from './listParams';

export interface LinkRow {
  url: string;
  title: string;
  type: string;
}

export interface FieldRow {
  name: string;
  type: string;
  description: string;
  pii: boolean;
}

export interface DataRow {
  object: string;
  format: string;
  volumeCount: string;
  volumePer: string;
  volumeUnit: string;
  fields: FieldRow[];
}

interface CommonForm {
  id: string;
  name: string;
  description: string;
  /** Comma- or space-separated tags. */
  tags: string;
  links: LinkRow[];
}

export interface TeamForm extends CommonForm {
  contact: string;
  onCall: string;
}

export interface DomainForm extends CommonForm {
  owner: string;
}

export interface SystemForm extends CommonForm {
  kind: string;
  owner: string;
  domain: string;
  lifecycle: string;
  /** '' (not said), 'yes' or 'no'. */
  exposesApi: string;
}

export interface IntegrationForm extends CommonForm {
  source: string;
  target: string;
  direction: string;
  mechanism: string;
  technology: string;
  frequency: string;
  schedule: string;
  health: string;
  status: string;
  runbook: string;
  builtBy: string;
  maintainedBy: string;
  onCall: string;
  data: DataRow[];
}

export interface FormByKind {
  team: TeamForm;
  domain: DomainForm;
  system: SystemForm;
  integration: IntegrationForm;
}
export type AnyForm = FormByKind[ListKind];

/** The top-level body keys each form edits, in the order the form shows them. */
export const FORM_KEYS: Record<ListKind, readonly string[]> = {
  team: ['id', 'name', 'description', 'contact', 'onCall', 'tags', 'links'],
  domain: ['id', 'name', 'description', 'owner', 'tags', 'links'],
  system: ['id', 'name', 'description', 'kind', 'owner', 'domain', 'lifecycle', 'exposesApi', 'tags', 'links'],
  integration: [
    'id', 'name', 'description', 'source', 'target', 'direction', 'mechanism', 'technology', 'frequency', 'schedule',
    'health', 'status', 'owner', 'runbook', 'data', 'tags', 'links',
  ],
};

type Loose = Record<string, unknown>;

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

function linksToRows(value: unknown): LinkRow[] {
  return Array.isArray(value) ? value.map((link: Loose) => ({ url: text(link.url), title: text(link.title), type: text(link.type) })) : [];
}

function commonToForm(entity: Loose): CommonForm {
  return {
    id: text(entity.id),
    name: text(entity.name),
    description: text(entity.description),
    tags: Array.isArray(entity.tags) ? entity.tags.join(', ') : '',
    links: linksToRows(entity.links),
  };
}

export function emptyForm<K extends ListKind>(kind: K): FormByKind[K] {
  return toForm(kind, {});
}

/** The form for an entity (or a body) of a kind. */
export function toForm<K extends ListKind>(kind: K, entity: Loose): FormByKind[K] {
  const common = commonToForm(entity);
  switch (kind) {
    case 'team':
      return { ...common, contact: text(entity.contact), onCall: text(entity.onCall) } as FormByKind[K];
    case 'domain':
      return { ...common, owner: text(entity.owner) } as FormByKind[K];
    case 'system':
      return {
        ...common,
        kind: text(entity.kind),
        owner: text(entity.owner),
        domain: text(entity.domain),
        lifecycle: text(entity.lifecycle),
        exposesApi: entity.exposesApi === true ? 'yes' : entity.exposesApi === false ? 'no' : '',
      } as FormByKind[K];
    default: {
      const owner = (entity.owner ?? {}) as Loose;
      const data = Array.isArray(entity.data) ? (entity.data as Loose[]) : [];
      return {
        ...common,
        source: text(entity.source),
        target: text(entity.target),
        direction: text(entity.direction),
        mechanism: text(entity.mechanism),
        technology: text(entity.technology),
        frequency: text(entity.frequency),
        schedule: text(entity.schedule),
        health: text(entity.health),
        status: text(entity.status),
        runbook: text(entity.runbook),
        builtBy: text(owner.builtBy),
        maintainedBy: text(owner.maintainedBy),
        onCall: text(owner.onCall),
        data: data.map((item) => {
          const volume = (item.volume ?? {}) as Loose;
          return {
            object: text(item.object),
            format: text(item.format),
            volumeCount: text(volume.count),
            volumePer: text(volume.per),
            volumeUnit: text(volume.unit),
            fields: (Array.isArray(item.fields) ? (item.fields as Loose[]) : []).map((field) => ({
              name: text(field.name),
              type: text(field.type),
              description: text(field.description),
              pii: field.pii === true,
            })),
          };
        }),
      } as FormByKind[K];
    }
  }
}

/** Tags as typed: separated by commas or spaces, duplicates dropped, order kept. */
export function parseTags(value: string): string[] {
  return [...new Set(value.split(/[\s,]+/).map((tag) => tag.trim()).filter(Boolean))];
}

/** Sets `key` when the text is not empty (trimmed); the API's defaults apply otherwise. */
function put(body: JsonObject, key: string, value: string): void {
  const trimmed = value.trim();
  if (trimmed) body[key] = trimmed;
}

/** A number as typed, or the text itself so the API names what is wrong with it. */
function numberOrText(value: string): Json {
  const trimmed = value.trim();
  const number = Number(trimmed);
  return trimmed !== '' && Number.isFinite(number) ? number : trimmed;
}

function commonToBody(form: CommonForm, body: JsonObject): void {
  put(body, 'id', form.id);
  put(body, 'name', form.name);
  put(body, 'description', form.description);
  const tags = parseTags(form.tags);
  if (tags.length > 0) body.tags = tags;
  const links = form.links
    .filter((link) => link.url.trim() || link.title.trim() || link.type)
    .map((link) => {
      const row: JsonObject = { url: link.url.trim() };
      put(row, 'title', link.title);
      put(row, 'type', link.type);
      return row;
    });
  if (links.length > 0) body.links = links;
}

/** The API body (create, or the "after" of a patch) of a form. */
export function toBody(kind: ListKind, form: AnyForm): JsonObject {
  const body: JsonObject = {};
  commonToBody(form, body);
  if (kind === 'team') {
    const team = form as TeamForm;
    put(body, 'contact', team.contact);
    put(body, 'onCall', team.onCall);
  } else if (kind === 'domain') {
    put(body, 'owner', (form as DomainForm).owner);
  } else if (kind === 'system') {
    const system = form as SystemForm;
    put(body, 'kind', system.kind);
    put(body, 'owner', system.owner);
    put(body, 'domain', system.domain);
    put(body, 'lifecycle', system.lifecycle);
    if (system.exposesApi) body.exposesApi = system.exposesApi === 'yes';
  } else {
    const integration = form as IntegrationForm;
    for (const key of ['source', 'target', 'direction', 'mechanism', 'technology', 'frequency', 'schedule', 'health', 'status', 'runbook'] as const) {
      put(body, key, integration[key]);
    }
    const owner: JsonObject = {};
    put(owner, 'builtBy', integration.builtBy);
    put(owner, 'maintainedBy', integration.maintainedBy);
    put(owner, 'onCall', integration.onCall);
    body.owner = owner;
    // Rows stay even when blank, so the API's pointers (/data/2/object) match the rows shown.
    body.data = integration.data.map((row) => {
      const item: JsonObject = { object: row.object.trim() };
      put(item, 'format', row.format);
      if (row.volumeCount.trim() || row.volumePer || row.volumeUnit.trim()) {
        const volume: JsonObject = {};
        if (row.volumeCount.trim()) volume.count = numberOrText(row.volumeCount);
        put(volume, 'per', row.volumePer);
        put(volume, 'unit', row.volumeUnit);
        item.volume = volume;
      }
      if (row.fields.length > 0) {
        item.fields = row.fields.map((field) => {
          const value: JsonObject = { name: field.name.trim() };
          put(value, 'type', field.type);
          put(value, 'description', field.description);
          if (field.pii) value.pii = true;
          return value;
        });
      }
      return item;
    });
  }
  return body;
}

export const ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/** What every form requires, checked before the API is asked (the API checks everything else). */
export const REQUIRED: Record<ListKind, readonly string[]> = {
  team: ['id', 'name'],
  domain: ['id', 'name'],
  system: ['id', 'name', 'kind'],
  integration: ['id', 'source', 'target', 'mechanism'],
};

/**
 * Problems the form can see for itself, keyed by the same JSON pointers the API uses, so they
 * show in the same places: required fields, the id's shape, and a data object or field without a name.
 */
export function validateForm(kind: ListKind, form: AnyForm): Map<string, string[]> {
  const problems = new Map<string, string[]>();
  const add = (pointer: string, message: string) => problems.set(pointer, [...(problems.get(pointer) ?? []), message]);
  const values = form as unknown as Record<string, unknown>;
  for (const key of REQUIRED[kind]) {
    if (!text(values[key]).trim()) add(`/${key}`, 'is required');
  }
  const id = form.id.trim();
  if (id && !ID_PATTERN.test(id)) add('/id', 'use lowercase letters, digits and hyphens (1-64), starting and ending with a letter or digit');
  form.links.forEach((link, index) => {
    if (!link.url.trim() && (link.title.trim() || link.type)) add(`/links/${index}/url`, 'is required');
  });
  if (kind === 'integration') {
    (form as IntegrationForm).data.forEach((row, index) => {
      if (!row.object.trim()) add(`/data/${index}/object`, 'is required');
      if (row.volumeCount.trim() && !row.volumePer) add(`/data/${index}/volume/per`, 'is required with a count');
      row.fields.forEach((field, fieldIndex) => {
        if (!field.name.trim()) add(`/data/${index}/fields/${fieldIndex}/name`, 'is required');
      });
    });
  }
  return problems;
}

/** The pointer of every place in a form that can show an error, in the order they appear. */
export function formPointers(kind: ListKind, form: AnyForm): string[] {
  const pointers: string[] = [];
  for (const key of FORM_KEYS[kind]) {
    if (key === 'owner' && kind === 'integration') {
      pointers.push('/owner', '/owner/builtBy', '/owner/maintainedBy', '/owner/onCall');
    } else if (key === 'data') {
      pointers.push('/data');
      (form as IntegrationForm).data.forEach((row, index) => {
        const at = `/data/${index}`;
        pointers.push(at, `${at}/object`, `${at}/format`, `${at}/volume`, `${at}/volume/count`, `${at}/volume/per`, `${at}/volume/unit`, `${at}/fields`);
        row.fields.forEach((_, fieldIndex) => {
          const field = `${at}/fields/${fieldIndex}`;
          pointers.push(field, `${field}/name`, `${field}/type`, `${field}/description`, `${field}/pii`);
        });
      });
    } else if (key === 'links') {
      pointers.push('/links');
      form.links.forEach((_, index) => pointers.push(`/links/${index}`, `/links/${index}/url`, `/links/${index}/title`, `/links/${index}/type`));
    } else {
      pointers.push(`/${key}`);
    }
  }
  return pointers;
}

/** Names the part of a field an error is about, counting from 1 as people do (`/1` → "item 2"). */
function partName(suffix: string): string {
  if (!suffix) return '';
  return suffix
    .slice(1)
    .split('/')
    .map((segment) => (/^\d+$/.test(segment) ? `item ${Number(segment) + 1}` : segment))
    .join(' ');
}

/**
 * Places each error at the deepest input whose pointer contains it (`/tags/1` shows at `/tags`,
 * `/data/0/volume` at the data row's volume); what no input can show (`''`, `/ratings`) is left
 * for the problem alert.
 */
export function placeErrors(errors: Map<string, string[]>, pointers: readonly string[]): { byField: Map<string, string[]>; elsewhere: { pointer: string; detail: string }[] } {
  const known = new Set(pointers);
  const byField = new Map<string, string[]>();
  const elsewhere: { pointer: string; detail: string }[] = [];
  for (const [pointer, details] of errors) {
    let at: string | null = null;
    const segments = pointer.split('/');
    for (let length = segments.length; length > 1; length -= 1) {
      const candidate = segments.slice(0, length).join('/');
      if (known.has(candidate)) {
        at = candidate;
        break;
      }
    }
    if (at === null) {
      for (const detail of details) elsewhere.push({ pointer, detail });
      continue;
    }
    // An error about a part of the field says which part (tags: "/1 must match...").
    const where = partName(pointer.slice(at.length));
    byField.set(at, [...(byField.get(at) ?? []), ...details.map((detail) => (where ? `${where}: ${detail}` : detail))]);
  }
  return { byField, elsewhere };
}

/** A readable label for a body path (`owner.maintainedBy` → "Maintained by"). */
export const FIELD_LABELS: Record<string, string> = {
  id: 'Id',
  name: 'Name',
  description: 'Description',
  tags: 'Tags',
  links: 'Links',
  contact: 'Contact',
  onCall: 'On call',
  owner: 'Owner',
  kind: 'Kind',
  domain: 'Domain',
  lifecycle: 'Lifecycle',
  exposesApi: 'Exposes an API',
  source: 'Source',
  target: 'Target',
  direction: 'Direction',
  mechanism: 'Mechanism',
  technology: 'Technology',
  frequency: 'Frequency',
  schedule: 'Schedule',
  health: 'Health',
  status: 'Status',
  runbook: 'Runbook',
  data: 'Data carried',
  'owner.builtBy': 'Built by',
  'owner.maintainedBy': 'Maintained by',
  'owner.onCall': 'On call',
};

export function labelOf(path: string): string {
  return FIELD_LABELS[path] ?? path;
}

/** A short readable form of a body value, for the conflict view. */
export function describeValue(path: string, value: Json | undefined): string {
  if (value === undefined || value === null) return '(not set)';
  if (path === 'data' && Array.isArray(value)) {
    if (value.length === 0) return '(none)';
    return value
      .map((item) => {
        const object = item as JsonObject;
        const fields = Array.isArray(object.fields) ? (object.fields as JsonObject[]).map((field) => String(field.name)) : [];
        return fields.length > 0 ? `${String(object.object)} (${fields.join(', ')})` : String(object.object);
      })
      .join('; ');
  }
  if (path === 'links' && Array.isArray(value)) return value.map((link) => String((link as JsonObject).url)).join(', ') || '(none)';
  if (Array.isArray(value)) return value.length > 0 ? value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join(', ') : '(none)';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
