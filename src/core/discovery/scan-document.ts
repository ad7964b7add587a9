/**
 * The documented JSON contract of a scan (docs/discovery.md): what `patchbay scan --format json`
 * prints and what `POST /api/v1/discovery/apply` accepts, so a CI job can scan and report.
 */
import { Type } from '@sinclair/typebox';
import { errors } from '../errors.js';
import { stringEnum } from '../model/schemas.js';
import { schemaIssues } from '../model/validate.js';
import { DIRECTIONS, MECHANISMS, SYSTEM_KINDS } from '../model/vocabulary.js';
import type { ResolvedGraph } from './resolve.js';

const Slug = Type.String({ pattern: '^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$' });
const EvidenceItem = Type.Object({ file: Type.String({ maxLength: 1_000 }), line: Type.Integer({ minimum: 1 }), excerpt: Type.String({ maxLength: 500 }) });

/** One system of a scan. */
export const ScannedSystemSchema = Type.Object({
  id: Slug,
  name: Type.String({ minLength: 1, maxLength: 500 }),
  kind: stringEnum(SYSTEM_KINDS),
  technology: Type.Optional(Type.String({ maxLength: 200 })),
  exposesApi: Type.Boolean(),
  defined: Type.Boolean(),
  confidence: Type.Number({ minimum: 0, maximum: 1 }),
  evidence: Type.Array(EvidenceItem, { maxItems: 100 }),
});

/** One integration of a scan. */
export const ScannedIntegrationSchema = Type.Object({
  id: Slug,
  source: Slug,
  target: Slug,
  mechanism: stringEnum(MECHANISMS),
  direction: stringEnum(DIRECTIONS),
  technology: Type.Optional(Type.String({ maxLength: 200 })),
  channel: Type.Optional(Type.String({ maxLength: 1_000 })),
  confidence: Type.Number({ minimum: 0, maximum: 1 }),
  evidence: Type.Array(EvidenceItem, { maxItems: 100 }),
});

/** A scan's systems and integrations (other members, such as `skipped` and `stats`, are allowed and ignored). */
export const ScanDocumentSchema = Type.Object({
  systems: Type.Array(ScannedSystemSchema, { maxItems: 200_000 }),
  integrations: Type.Array(ScannedIntegrationSchema, { maxItems: 1_000_000 }),
});

/** Checks a scan document and returns its graph, or throws naming every bad field. */
export function parseScanDocument(value: unknown): ResolvedGraph {
  const issues = schemaIssues(ScanDocumentSchema, value);
  if (issues.length > 0) throw errors.invalidInput(`The scan is not valid: ${issues.slice(0, 5).map((issue) => `${issue.pointer} ${issue.message}`).join('; ')}`, issues.slice(0, 200));
  const graph = value as ResolvedGraph;
  const ids = new Set(graph.systems.map((system) => system.id));
  const dangling = graph.integrations.flatMap((integration, index) =>
    [integration.source, integration.target].filter((id) => !ids.has(id)).map((id) => ({ pointer: `/integrations/${index}`, message: `refers to system '${id}', which the scan does not list` })),
  );
  if (dangling.length > 0) throw errors.invalidInput(`The scan's integrations refer to systems it does not list`, dangling.slice(0, 200));
  return { systems: graph.systems, integrations: graph.integrations };
}
