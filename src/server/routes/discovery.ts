/** Discovery against the catalog: apply a scan, review its proposals, see the drift. */
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { MAX_PAGE_SIZE, SORTS_BY_KIND } from '../../core/catalog/queries.js';
import { ScanDocumentSchema, parseScanDocument } from '../../core/discovery/scan-document.js';
import { errors } from '../../core/errors.js';
import type { ServerContext } from '../context.js';
import type { ProposalQuery } from '../../services/discovery-service.js';
import { filterSchema, pageOf, problemResponses } from '../http-schemas.js';

const Ids = Type.Object({ ids: Type.Array(Type.String({ maxLength: 64 }), { minItems: 1, maxItems: 1_000 }) }, { additionalProperties: false });
const ReviewResults = Type.Object({
  results: Type.Array(Type.Object({ id: Type.String(), status: Type.Union([Type.Literal('ok'), Type.Literal('error')]), message: Type.Optional(Type.String()) })),
});
const Loose = (description: string) => Type.Object({}, { additionalProperties: true, description });

/** Reads the ids of a review request. */
function idsOf(body: unknown): string[] {
  const ids = (body as { ids?: unknown } | null)?.ids;
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === 'string')) {
    throw errors.invalidInput('The body must be { "ids": ["proposal-id", ...] }', [{ pointer: '/ids', message: 'must be a non-empty list of ids' }]);
  }
  return ids as string[];
}

/** Registers the discovery routes. */
export async function discoveryRoutes(app: FastifyInstance, context: ServerContext, options: { bodyLimit: number }): Promise<void> {
  const tags = ['discovery'];
  app.post('/api/v1/discovery/apply', {
    bodyLimit: options.bodyLimit,
    config: { readOnlyWhenDryRun: true },
    schema: {
      tags,
      operationId: 'applyScan',
      summary: 'Merge a scan (the JSON of `patchbay scan --format json`) into the catalog as proposed integrations',
      description: 'All or nothing and idempotent: findings the catalog documents are recognised, earlier proposals refreshed, rejected ones left out. `dryRun=true` reports without writing.',
      querystring: Type.Object({ dryRun: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
      body: ScanDocumentSchema,
      response: { 200: Loose('what was proposed, refreshed, recognised and left out'), ...problemResponses(413, 415) },
    },
  }, async (request) => context.discovery.apply(parseScanDocument(request.body), context.actorOf(request), { dryRun: (request.query as { dryRun?: boolean }).dryRun === true }));

  app.post('/api/v1/discovery/drift', {
    bodyLimit: options.bodyLimit,
    config: { readOnly: true },
    schema: {
      tags,
      operationId: 'getDrift',
      summary: 'Drift between a scan and the catalog: found but undocumented, documented but not found',
      body: ScanDocumentSchema,
      response: { 200: Loose('undocumented findings and integrations not found'), ...problemResponses(413, 415) },
    },
  }, async (request) => context.discovery.drift(parseScanDocument(request.body)));

  app.get('/api/v1/discovery/proposals', {
    schema: {
      tags,
      operationId: 'listProposals',
      summary: 'Discovered integrations awaiting review, with their evidence',
      description: 'Filter by the confidence the scan recorded and sort by any key of the integrations list, e.g. `sort=-confidence` for the surest first.',
      querystring: Type.Object(
        {
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE })),
          cursor: Type.Optional(Type.String({ maxLength: 2_000 })),
          sort: Type.Optional(Type.String({ description: `One of ${SORTS_BY_KIND.integration.join(', ')}; prefix - for descending. Default: id.` })),
          confidenceMin: filterSchema('confidenceMin'),
          confidenceMax: filterSchema('confidenceMax'),
        },
        { additionalProperties: false },
      ),
      response: { 200: pageOf('Integration'), ...problemResponses() },
    },
  }, async (request) => context.discovery.proposals(request.query as ProposalQuery));

  for (const [action, summary] of [
    ['accept', 'Accept proposals: each becomes an active integration'],
    ['reject', 'Reject proposals: each is removed and never proposed again'],
  ] as const) {
    app.post(`/api/v1/discovery/proposals/${action}`, {
      schema: { tags, operationId: `${action}Proposals`, summary, description: 'Reports per proposal; one failure does not stop the others.', body: Ids, response: { 200: ReviewResults, ...problemResponses(415) } },
    }, async (request) => {
      const ids = idsOf(request.body);
      const results = action === 'accept' ? await context.discovery.accept(ids, context.actorOf(request)) : await context.discovery.reject(ids, context.actorOf(request));
      return { results };
    });
  }
}
