/**
 * Catalog as code over HTTP: import a YAML or CSV body (all-or-nothing, with a dry run) and
 * export the catalog in any of the export formats.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { PatchbayError } from '../../core/errors.js';
import { EXPORT_FORMATS, GROUP_BYS, IMPORT_FORMATS, renderCatalog, type CatalogFile, type ExportFormat, type ImportFormat } from '../../core/catalog/formats.js';
import { schemaIssues } from '../../core/model/validate.js';
import { stringEnum } from '../../core/model/schemas.js';
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

const ImportFiles = Type.Object(
  {
    files: Type.Array(
      Type.Object(
        {
          name: Type.String({ maxLength: 1_000, description: 'File name, used in error locations and to tell the format.' }),
          text: Type.String(),
          format: Type.Optional(stringEnum(IMPORT_FORMATS)),
        },
        { additionalProperties: false },
      ),
      { maxItems: 10_000 },
    ),
  },
  { additionalProperties: false, description: 'Several files at once, keeping their names for error locations.' },
);

/** The files an import request carries: one YAML or CSV body, or several files as JSON. */
function filesOf(body: unknown, mediaType: string, name: string | undefined): CatalogFile[] {
  const format = IMPORT_MEDIA_TYPES[mediaType];
  if (format && typeof body === 'string') return [{ name: name ?? `request.${format}`, text: body, format }];
  if (mediaType === 'application/json') {
    const issues = schemaIssues(ImportFiles, body);
    if (issues.length > 0) throw new PatchbayError('invalid-input', 'The JSON import body must be { files: [{ name, text, format? }] }', { issues });
    return (body as { files: CatalogFile[] }).files;
  }
  throw new PatchbayError('unsupported-media-type', `Send the import as application/yaml, text/csv or application/json (got ${mediaType || 'no content type'})`);
}

/** Registers import and export. */
export async function transferRoutes(app: FastifyInstance, context: ServerContext, options: { bodyLimit: number }): Promise<void> {
  await app.register(async (scope) => {
    for (const mediaType of Object.keys(IMPORT_MEDIA_TYPES)) {
      scope.addContentTypeParser(mediaType, { parseAs: 'string', bodyLimit: options.bodyLimit }, (_request, body, done) => done(null, body));
    }

    scope.post('/api/v1/import', {
      bodyLimit: options.bodyLimit,
      config: { readOnlyWhenDryRun: true },
      schema: {
        tags: ['catalog as code'],
        operationId: 'importCatalog',
        summary: 'Import catalog documents (YAML) or an integrations spreadsheet (CSV)',
        description:
          'All or nothing: every document is validated and every reference checked before anything is written. Send application/yaml or text/csv. `dryRun=true` reports the plan without writing; `prune=true` removes what the input does not contain (for CSV: integrations only).',
        querystring: Type.Object(
          { dryRun: Type.Optional(Type.Boolean()), prune: Type.Optional(Type.Boolean()), file: Type.Optional(Type.String({ maxLength: 300, description: 'Name used for the body in error locations.' })) },
          { additionalProperties: false },
        ),
        body: Type.Union([Type.String({ description: 'The YAML or CSV text.' }), ImportFiles]),
        response: { 200: ImportOutcome, ...problemResponses(413, 415, 422) },
      },
    }, async (request) => {
      const mediaType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      const query = request.query as { dryRun?: boolean; prune?: boolean; file?: string };
      const files = filesOf(request.body, mediaType, query.file);
      return context.catalog.importFiles(files, { dryRun: query.dryRun === true, prune: query.prune === true }, context.actorOf(request));
    });
  });

  app.get('/api/v1/export', {
    schema: {
      tags: ['catalog as code'],
      operationId: 'exportCatalog',
      summary: 'Export the catalog',
      description: 'yaml round-trips through import; csv holds integrations; backstage feeds a developer portal; mermaid, dot and structurizr draw the map, optionally rolled up by domain or team.',
      querystring: Type.Object(
        {
          format: Type.Optional(stringEnum(Object.keys(EXPORT_FORMATS) as ExportFormat[], { default: 'yaml' })),
          groupBy: Type.Optional(stringEnum(GROUP_BYS, { default: 'none' })),
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
