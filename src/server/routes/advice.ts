/** Pattern advice: for stated requirements, for a catalogued integration, and for the landscape. */
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { Requirements } from '../../core/model/schemas.js';
import type { ServerContext } from '../context.js';
import { NoQuery, problemResponses } from '../http-schemas.js';

const Loose = (description: string) => Type.Object({}, { additionalProperties: true, description });

/** Registers the advice routes. */
export async function adviceRoutes(app: FastifyInstance, context: ServerContext): Promise<void> {
  const tags = ['advice'];
  app.post('/api/v1/advice/pattern', {
    config: { readOnly: true },
    schema: {
      tags,
      operationId: 'advisePattern',
      summary: 'Recommend request-response, event-driven or batch/ETL for stated requirements',
      body: Requirements,
      response: { 200: Loose('the advice with reasons and trade-offs'), ...problemResponses(415) },
    },
  }, async (request) => context.advice.forRequirements(request.body));

  app.get('/api/v1/integrations/:id/advice', {
    schema: {
      tags,
      operationId: 'getIntegrationAdvice',
      summary: "Pattern advice from an integration's declared requirements, and whether what is built fits",
      params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
      querystring: NoQuery,
      response: { 200: Loose('the advice for the integration'), ...problemResponses(404) },
    },
  }, async (request) => context.advice.forIntegration((request.params as { id: string }).id));

  app.get('/api/v1/advice/landscape', {
    schema: {
      tags,
      operationId: 'getLandscapeAdvice',
      summary: 'Point-to-point sprawl, whether an API gateway is due, and mechanisms that do not fit their needs',
      querystring: NoQuery,
      response: { 200: Loose('the landscape findings'), ...problemResponses() },
    },
  }, async () => context.advice.landscape());
}
