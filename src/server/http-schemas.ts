/**
 * Schemas the HTTP layer adds around the model's: the problem document, pages, and the query
 * strings of lists. Registered once with `$id`s so the OpenAPI document names them.
 */
import { Type, type TSchema } from '@sinclair/typebox';
import { FILTERS_BY_KIND, MAX_PAGE_SIZE, NUMERIC_FILTERS, SORTS_BY_KIND } from '../core/catalog/queries.js';
import type { EntityKind } from '../core/model/vocabulary.js';

/** RFC 9457 problem details. */
export const Problem = Type.Object(
  {
    type: Type.String({ format: 'uri', description: 'Stable URI per error kind; see docs/errors.md.' }),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    instance: Type.String(),
    code: Type.String({ description: 'The last segment of type, for switching on.' }),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          detail: Type.String(),
          pointer: Type.Optional(Type.String({ description: 'JSON pointer to the field.' })),
          file: Type.Optional(Type.String()),
          line: Type.Optional(Type.Integer()),
          column: Type.Optional(Type.Integer()),
        }),
      ),
    ),
  },
  { $id: 'Problem', additionalProperties: true, description: 'RFC 9457 problem details.' },
);

/** A reference to a registered schema. */
export function ref(id: string): TSchema {
  return Type.Unsafe({ $ref: `${id}#` });
}

/** The problem responses every route can give, for the OpenAPI document. */
export function problemResponses(...statuses: number[]): Record<number, TSchema> {
  const responses: Record<number, TSchema> = {};
  for (const status of [400, 401, 403, 429, 500, ...statuses]) {
    responses[status] = Type.Unsafe({
      description: 'Problem details (RFC 9457)',
      content: { 'application/problem+json': { schema: ref('Problem') } },
    });
  }
  return responses;
}

/** A page of items of a registered schema. */
export function pageOf(id: string): TSchema {
  return Type.Object({
    items: Type.Array(ref(id)),
    nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'Pass as `cursor` for the next page; null on the last.' }),
    total: Type.Optional(Type.Integer({ description: 'Every match, when `total=true` was asked.' })),
  });
}

const filterDescriptions: Record<string, string> = {
  q: 'Free text over id, name, description and tags.',
  tag: 'Tags, comma-separated (any of).',
  owner: 'Owning team ids (integrations: maintaining team), comma-separated.',
  domain: 'Domain ids, comma-separated.',
  kind: 'System kinds, comma-separated.',
  lifecycle: 'Lifecycles, comma-separated.',
  system: 'System ids at either end, comma-separated.',
  source: 'Source system ids, comma-separated.',
  target: 'Target system ids, comma-separated.',
  mechanism: 'Mechanisms, comma-separated; `api` means rest, graphql, grpc and soap.',
  direction: 'Directions, comma-separated.',
  frequency: 'Frequencies, comma-separated.',
  health: 'Health values, comma-separated.',
  status: 'Statuses, comma-separated.',
  origin: 'Origins (manual, imported, discovered), comma-separated.',
  carries: 'A data object (`customer`) or field (`customer.email`) the integration carries.',
  confidenceMin: 'Lowest recorded confidence (`provenance.confidence`), 0-1, inclusive; integrations without one do not match.',
  confidenceMax: 'Highest recorded confidence (`provenance.confidence`), 0-1, inclusive; integrations without one do not match.',
};

/** The query-string schema of one filter. */
export function filterSchema(filter: string): TSchema {
  const description = filterDescriptions[filter] ?? filter;
  return (NUMERIC_FILTERS as readonly string[]).includes(filter)
    ? Type.Optional(Type.Number({ minimum: 0, maximum: 1, description }))
    : Type.Optional(Type.String({ maxLength: 1_000, description }));
}

/** The query string of a list of one kind: its filters plus paging and sorting. */
export function listQuery(kind: EntityKind): TSchema {
  const properties: Record<string, TSchema> = {};
  for (const filter of FILTERS_BY_KIND[kind]) properties[filter] = filterSchema(filter);
  return Type.Object(
    {
      ...properties,
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })),
      cursor: Type.Optional(Type.String({ maxLength: 2_000 })),
      sort: Type.Optional(Type.String({ description: `One of ${SORTS_BY_KIND[kind].join(', ')}; prefix - for descending.` })),
      total: Type.Optional(Type.Boolean({ description: 'Also count every match.' })),
    },
    { additionalProperties: false },
  );
}

/** The query string of a route that takes no parameters: anything given is refused, not ignored. */
export const NoQuery = Type.Object({}, { additionalProperties: false });

