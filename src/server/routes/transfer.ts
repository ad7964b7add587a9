/**
 * Catalog as code over HTTP: import a YAML or CSV body (all-or-nothing, with a dry run) and
 * export the catalog in any of the export formats.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { PatchbayError } from '../../core/errors.js';
import { EXPORT_FORMATS, GROUP_BYS, renderCatalog, readCatalogText, type ExportFormat, type ImportFormat } from '../../core/catalog/formats.js';
import type { GroupBy } from '../../core/export/rollup.js';
import { ENTITY_KINDS } from '../../core/model/vocabulary.js';
import type { ServerContext } from '../context.js';
import { problemResponses } from '../http-schemas.js';

const IMPORT_MEDIA_TYPES: Record<string, ImportFormat> = {
  'application/yaml': 'yaml',
  'application/x-yaml': 'yaml',
  'text/yaml': 'yaml',
  'text/x-yaml': 'yaml',
  'text/csv': 'csv',
};

const KindCounts = Type.Object({ create: Type.Integer(), update: Type.Integer(), unchanged: Type.Integer(), remove: Type.Integer() });
const KindChanges = Type.Object({ create: Type.Array(Type.String()), update: Type.Array(Type.String()), remove: Type.Array(Type.String()) });

const ImportOutcome = Type.Object({
  dryRun: Type.Boolean(),
  changed: Type.Boolean(),
  summary: Type.Object(Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, KindCounts]))),
  changes: Type.Object(Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, KindChanges]))),
});

/** Registers import and export. */
export async function transferRoutes(app: FastifyInstance, context: ServerContext, options: { bodyLimit: number }): Promise<void> {
  await app.register(async (scope) => {
    for (const mediaType of Object.keys(IMPORT_MEDIA_TYPES)) {
      scope.addContentTypeParser(mediaType, { parseAs: 'string', bodyLimit: options.bodyLimit }, (_request, body, done) => done(null, body));
    }

    scope.post('/api/v1/import', {
      bodyLimit: options.bodyLimit,
      schema: {
        tags: ['catalog as code'],
        summary: 'Import catalog documents (YAML) or an integrations spreadsheet (CSV)',
        description:
          'All or nothing: every document is validated and every reference checked before anything is written. Send application/yaml or text/csv. `dryRun=true` reports the plan without writing; `prune=true` removes what the input does not contain (for CSV: integrations only).',
        querystring: Type.Object(
          { dryRun: Type.Optional(Type.Boolean()), prune: Type.Optional(Type.Boolean()), file: Type.Optional(Type.String({ maxLength: 300, description: 'Name used for the body in error locations.' })) },
          { additionalProperties: false },
        ),
        body: Type.String({ description: 'The YAML or CSV text.' }),
        response: { 200: ImportOutcome, ...problemResponses(413, 415, 422) },
      },
    }, async (request) => {
      const mediaType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      const format = IMPORT_MEDIA_TYPES[mediaType];
      if (!format || typeof request.body !== 'string') {
        throw new PatchbayError('unsupported-media-type', `Send the import as application/yaml or text/csv (got ${mediaType || 'no content type'})`);
      }
      const query = request.query as { dryRun?: boolean; prune?: boolean; file?: string };
      const file = query.file ?? `request.${format}`;
      const read = readCatalogText(request.body, file, format);
      if (read.issues.length > 0) {
        throw new PatchbayError('invalid-document', `The ${format.toUpperCase()} has ${read.issues.length} problem${read.issues.length === 1 ? '' : 's'}; nothing was changed`, { issues: read.issues });
      }
      return context.catalog.importEntities(
        read.entities,
        { dryRun: query.dryRun === true, prune: query.prune === true, ...(format === 'csv' ? { pruneKinds: ['integration'] as const } : {}) },
        context.actorOf(request),
      );
    });
  });

  app.get('/api/v1/export', {
    schema: {
      tags: ['catalog as code'],
      summary: 'Export the catalog',
      description: 'yaml round-trips through import; csv holds integrations; backstage feeds a developer portal; mermaid, dot and structurizr draw the map, optionally rolled up by domain or team.',
      querystring: Type.Object(
        {
          format: Type.Optional(Type.Unsafe<ExportFormat>({ type: 'string', enum: Object.keys(EXPORT_FORMATS), default: 'yaml' })),
          groupBy: Type.Optional(Type.Unsafe<GroupBy>({ type: 'string', enum: [...GROUP_BYS], default: 'none' })),
        },
        { additionalProperties: false },
      ),
      response: { 200: Type.String({ description: 'The catalog in the asked format.' }), ...problemResponses() },
    },
  }, async (request, reply) => {
    const query = request.query as { format?: ExportFormat; groupBy?: GroupBy };
    const format = query.format ?? 'yaml';
    const text = renderCatalog(await context.catalog.exportDocuments(), format, query.groupBy ?? 'none');
    const { mediaType, extension } = EXPORT_FORMATS[format];
    return reply
      .type(`${mediaType}; charset=utf-8`)
      .header('content-disposition', `attachment; filename="patchbay-catalog.${extension}"`)
      .send(text);
  });
}
