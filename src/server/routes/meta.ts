/** Liveness and a summary of what the server holds. */
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context.js';
import { problemResponses } from '../http-schemas.js';

/** Registers /health and the API root. */
export async function metaRoutes(app: FastifyInstance, context: ServerContext, version: string): Promise<void> {
  app.get('/health', {
    schema: {
      tags: ['meta'],
      operationId: 'getHealth',
      summary: 'Liveness: the server is up and its database answers',
      response: { 200: Type.Object({ status: Type.Literal('ok'), version: Type.String() }), ...problemResponses(503) },
    },
  }, async () => {
    await context.catalog.counts();
    return { status: 'ok' as const, version };
  });

  app.get('/api/v1', {
    schema: {
      tags: ['meta'],
      operationId: 'getCatalogSummary',
      summary: 'What the catalog holds',
      response: {
        200: Type.Object({
          version: Type.String(),
          counts: Type.Object({ team: Type.Integer(), domain: Type.Integer(), system: Type.Integer(), integration: Type.Integer() }),
        }),
        ...problemResponses(),
      },
    },
  }, async () => ({ version, counts: await context.catalog.counts() }));

  app.get('/api/v1/session', {
    schema: {
      tags: ['meta'],
      operationId: 'getSession',
      summary: 'Who the request acts as and what it may do',
      description:
        'Lets a client show only the actions its token allows: with auth off every request may read and write; with auth on, the scopes of the token sent.',
      response: {
        200: Type.Object({
          authRequired: Type.Boolean(),
          token: Type.Union([Type.String(), Type.Null()], { description: "The token's name, or null when auth is off" }),
          scopes: Type.Array(Type.Union([Type.Literal('read'), Type.Literal('write')])),
        }),
        ...problemResponses(),
      },
    },
  }, async (request) => context.accessOf(request));
}
