/** The audit log: every change, who made it, when, and the entity before and after. */
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { ENTITY_KINDS, type EntityKind } from '../../core/model/vocabulary.js';
import { MAX_PAGE_SIZE } from '../../core/catalog/queries.js';
import { stringEnum } from '../../core/model/schemas.js';
import type { ServerContext } from '../context.js';
import { problemResponses } from '../http-schemas.js';

const AuditEntry = Type.Object({
  seq: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  actor: Type.String(),
  action: Type.Union([Type.Literal('create'), Type.Literal('update'), Type.Literal('delete')]),
  kind: Type.String(),
  id: Type.String(),
  revision: Type.Union([Type.Integer(), Type.Null()]),
  before: Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()]),
  after: Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()]),
});

/** Registers the audit route. */
export async function auditRoutes(app: FastifyInstance, context: ServerContext): Promise<void> {
  app.get('/api/v1/audit', {
    schema: {
      tags: ['audit'],
      operationId: 'listAuditEntries',
      summary: 'The audit log, newest first',
      querystring: Type.Object(
        {
          kind: Type.Optional(stringEnum(ENTITY_KINDS)),
          id: Type.Optional(Type.String({ maxLength: 64 })),
          actor: Type.Optional(Type.String({ maxLength: 200 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE })),
          cursor: Type.Optional(Type.String({ maxLength: 200 })),
        },
        { additionalProperties: false },
      ),
      response: {
        200: Type.Object({ items: Type.Array(AuditEntry), nextCursor: Type.Union([Type.String(), Type.Null()]) }),
        ...problemResponses(),
      },
    },
  }, async (request) => {
    const query = request.query as { kind?: EntityKind; id?: string; actor?: string; limit?: number; cursor?: string };
    const filter = { ...(query.kind ? { kind: query.kind } : {}), ...(query.id ? { id: query.id } : {}), ...(query.actor ? { actor: query.actor } : {}) };
    return context.catalog.audit(filter, query.limit, query.cursor);
  });
}
