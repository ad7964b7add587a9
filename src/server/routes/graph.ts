/** The questions users ask of the graph: what a system depends on and what depends on it. */
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { WalkWay } from '../../core/graph/walk.js';
import type { ServerContext } from '../context.js';
import { problemResponses } from '../http-schemas.js';

const Reached = Type.Object({
  system: Type.String(),
  name: Type.String(),
  depth: Type.Integer({ description: 'Hops from the system asked about.' }),
  via: Type.String({ description: 'Integration on a shortest path.' }),
  from: Type.String({ description: 'System before this one on that path.' }),
});

const ImpactResponse = Type.Object({
  system: Type.String(),
  way: Type.Union([Type.Literal('upstream'), Type.Literal('downstream')]),
  items: Type.Array(Reached),
});

/** Registers the graph routes. */
export async function graphRoutes(app: FastifyInstance, context: ServerContext): Promise<void> {
  const routes: [string, WalkWay, string][] = [
    ['dependencies', 'upstream', 'What this system depends on: every system whose data reaches it, transitively.'],
    ['dependents', 'downstream', 'What depends on this system: every system its data reaches, transitively (its impact).'],
  ];
  for (const [path, way, description] of routes) {
    app.get(`/api/v1/systems/:id/${path}`, {
      schema: {
        tags: ['graph'],
        operationId: path === 'dependencies' ? 'getSystemDependencies' : 'getSystemDependents',
        summary: description.split(':')[0],
        description: `${description} Bidirectional integrations count both ways; retired ones are ignored.`,
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        querystring: Type.Object(
          { depth: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: 'Hops to follow; 1 gives direct neighbours. Default: all.' })) },
          { additionalProperties: false },
        ),
        response: { 200: ImpactResponse, ...problemResponses(404) },
      },
    }, async (request, reply) => {
      const { id } = request.params as { id: string };
      const { depth } = request.query as { depth?: number };
      const result = await context.catalog.impact(id, way, depth);
      // A walk across a large catalog returns thousands of items; the engine's JSON.stringify
      // writes them several times faster than the schema serializer (7 ms instead of 25 ms for
      // 9,000), and the items are built here in exactly the documented shape.
      return reply.type('application/json; charset=utf-8').send(JSON.stringify({ system: result.system, way: result.way, items: result.reached }));
    });
  }
}
