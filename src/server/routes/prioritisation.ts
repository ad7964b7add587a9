/** Prioritisation: the value/complexity matrix, the sequence and the chart. */
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context.js';
import { NoQuery, problemResponses } from '../http-schemas.js';

const Settings = Type.Object(
  {
    weights: Type.Optional(Type.Object({}, { additionalProperties: true, description: 'Partial weights, e.g. { "value": { "revenue": 2 } }; see docs/prioritisation.md.' })),
    thresholds: Type.Optional(Type.Object({}, { additionalProperties: true, description: 'e.g. { "value": 3, "complexity": 3 }.' })),
  },
  { additionalProperties: false },
);

const Result = Type.Object({}, { additionalProperties: true, description: 'Integrations in sequence order with value, complexity and quadrant; the sequence, top three and cycles.' });

/** Registers the prioritisation routes. */
export async function prioritisationRoutes(app: FastifyInstance, context: ServerContext): Promise<void> {
  const tags = ['prioritisation'];
  app.get('/api/v1/prioritisation', {
    schema: { tags, operationId: 'getPrioritisation', summary: 'The matrix and sequence with the configured weights', querystring: NoQuery, response: { 200: Result, ...problemResponses() } },
  }, async () => context.prioritisation.prioritise());

  app.post('/api/v1/prioritisation', {
    config: { readOnly: true },
    schema: {
      tags,
      operationId: 'previewPrioritisation',
      summary: 'The matrix and sequence with other weights or thresholds (a what-if; nothing is kept)',
      body: Settings,
      response: { 200: Result, ...problemResponses(415) },
    },
  }, async (request) => context.prioritisation.prioritise((request.body ?? {}) as { weights?: unknown; thresholds?: unknown }));

  app.get('/api/v1/prioritisation/matrix.svg', {
    schema: {
      tags,
      operationId: 'getPrioritisationChart',
      summary: 'The value/complexity matrix as an SVG chart',
      querystring: NoQuery,
      produces: ['image/svg+xml'],
      response: { 200: { description: 'SVG chart', content: { 'image/svg+xml': { schema: Type.String() } } }, ...problemResponses() },
    },
  }, async (_request, reply) => reply.type('image/svg+xml; charset=utf-8').send(await context.prioritisation.matrixSvg()));
}
