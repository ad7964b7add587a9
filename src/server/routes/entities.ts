/**
 * CRUD for the four entity kinds, one route group per kind built from the same code: list with
 * filters and cursor pages, get with an ETag, create, replace and merge-patch with If-Match, and
 * delete. Bodies are validated by the core (which names the bad field), not by the route schema,
 * so the API and the CLI report the same problems in the same words.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PatchbayError, errors } from '../../core/errors.js';
import { NUMERIC_FILTERS, type ListFilter } from '../../core/catalog/queries.js';
import { INPUT_SCHEMAS } from '../../core/model/schemas.js';
import type { EntityKind } from '../../core/model/vocabulary.js';
import { listQuery, pageOf, problemResponses, ref } from '../http-schemas.js';
import type { ServerContext } from '../context.js';

/** URL segment and schema names of each kind. */
export const KIND_ROUTES: Record<EntityKind, { plural: string; schema: string }> = {
  team: { plural: 'teams', schema: 'Team' },
  domain: { plural: 'domains', schema: 'Domain' },
  system: { plural: 'systems', schema: 'System' },
  integration: { plural: 'integrations', schema: 'Integration' },
};

const MULTI_VALUE_FILTERS = new Set([
  'tag', 'owner', 'domain', 'kind', 'lifecycle', 'system', 'source', 'target', 'mechanism', 'direction', 'frequency', 'health', 'status', 'origin',
]);

/** Turns a list's query string into a filter: comma-separated values mean any of them. */
export function filterFromQuery(query: Record<string, unknown>): ListFilter {
  const filter: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) {
    if (['limit', 'cursor', 'sort', 'total'].includes(key)) continue;
    // Numeric filters arrive as numbers: the route's schema has coerced and range-checked them.
    if (typeof value === 'number' && (NUMERIC_FILTERS as readonly string[]).includes(key)) filter[key] = value;
    if (typeof value !== 'string') continue;
    filter[key] = MULTI_VALUE_FILTERS.has(key) ? value.split(',').map((item) => item.trim()).filter(Boolean) : value;
  }
  return filter as ListFilter;
}

/** The ETag of a revision. */
export function etagOf(revision: number): string {
  return `"${revision}"`;
}

/**
 * The revision an If-Match header names. Writes must say which revision they change, so that
 * two writers never silently overwrite each other; `*` means "whatever is current".
 */
export function revisionFromIfMatch(request: FastifyRequest): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined) {
    throw new PatchbayError('precondition-required', 'Send If-Match with the ETag you read (e.g. If-Match: "3") so a concurrent change is not overwritten; If-Match: * overrides');
  }
  if (header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"(\d+)"\s*$/.exec(header);
  if (!match) throw errors.invalidInput(`If-Match must be an ETag such as "3" (got ${header})`, [{ pointer: '/headers/if-match', message: 'must be an ETag' }]);
  return Number(match[1]);
}

/** Registers the routes of one kind. */
export async function entityRoutes(app: FastifyInstance, context: ServerContext, kind: EntityKind): Promise<void> {
  const { plural, schema } = KIND_ROUTES[kind];
  const { catalog } = context;
  const tags = [plural];
  const idParams = Type.Object({ id: Type.String({ maxLength: 64 }) });
  const inputSchema = { ...INPUT_SCHEMAS[kind], $id: undefined };
  const pluralName = plural.charAt(0).toUpperCase() + plural.slice(1);

  app.get(`/api/v1/${plural}`, {
    schema: {
      tags,
      operationId: `list${pluralName}`,
      summary: `List ${plural}`,
      description: `Filters combine with AND; comma-separated values within one filter combine with OR. Results are ordered by \`sort\` and paged with \`cursor\`.`,
      querystring: listQuery(kind),
      response: { 200: pageOf(schema), ...problemResponses() },
    },
  }, async (request) => {
    const query = request.query as Record<string, unknown>;
    return catalog.list(kind, filterFromQuery(query), {
      limit: query.limit as number | undefined,
      cursor: query.cursor as string | undefined,
      sort: query.sort as string | undefined,
      withTotal: query.total === true,
    });
  });

  app.get(`/api/v1/${plural}/:id`, {
    schema: { tags, operationId: `get${schema}`, summary: `Get one ${kind}`, params: idParams, response: { 200: ref(schema), ...problemResponses(404) } },
  }, async (request, reply) => {
    const entity = await catalog.get(kind, (request.params as { id: string }).id);
    void reply.header('etag', etagOf(entity.revision));
    return entity;
  });

  app.post(`/api/v1/${plural}`, {
    schema: {
      tags,
      operationId: `create${schema}`,
      summary: `Create a ${kind}`,
      body: inputSchema,
      response: { 201: ref(schema), ...problemResponses(409, 413, 415, 422) },
    },
  }, async (request, reply) => {
    const created = await catalog.create(kind, request.body, context.actorOf(request));
    void reply.status(201).header('etag', etagOf(created.revision)).header('location', `/api/v1/${plural}/${created.id}`);
    return created;
  });

  app.put(`/api/v1/${plural}/:id`, {
    schema: {
      tags,
      operationId: `replace${schema}`,
      summary: `Replace a ${kind}`,
      description: 'Requires If-Match with the ETag last read. The id in the body, if any, must equal the id in the path.',
      params: idParams,
      body: inputSchema,
      response: { 200: ref(schema), ...problemResponses(404, 409, 412, 413, 415, 422, 428) },
    },
  }, async (request, reply) => {
    const id = (request.params as { id: string }).id;
    const updated = await catalog.replace(kind, id, request.body, revisionFromIfMatch(request), context.actorOf(request));
    void reply.header('etag', etagOf(updated.revision));
    return updated;
  });

  app.patch(`/api/v1/${plural}/:id`, {
    schema: {
      tags,
      operationId: `patch${schema}`,
      summary: `Change part of a ${kind} (JSON Merge Patch, RFC 7396)`,
      description: 'Requires If-Match. Send application/merge-patch+json (or application/json); null removes a field.',
      params: idParams,
      body: Type.Object({}, { additionalProperties: true }),
      response: { 200: ref(schema), ...problemResponses(404, 409, 412, 413, 415, 422, 428) },
    },
  }, async (request, reply) => {
    const id = (request.params as { id: string }).id;
    const updated = await catalog.patch(kind, id, request.body, revisionFromIfMatch(request), context.actorOf(request));
    void reply.header('etag', etagOf(updated.revision));
    return updated;
  });

  app.delete(`/api/v1/${plural}/:id`, {
    schema: {
      tags,
      operationId: `delete${schema}`,
      summary: `Remove a ${kind}`,
      description: 'Requires If-Match. Refused (409 in-use) while other entities refer to it.',
      params: idParams,
      response: { 204: Type.Null({ description: 'Removed' }), ...problemResponses(404, 409, 412, 428) },
    },
  }, async (request, reply) => {
    const id = (request.params as { id: string }).id;
    await catalog.remove(kind, id, revisionFromIfMatch(request), context.actorOf(request));
    return reply.status(204).send();
  });
}
