/**
 * The formats the catalog is read from and written to, by name: one table that the CLI and the
 * API both use, so `--format dot` and `?format=dot` cannot drift apart.
 */
import { errors } from '../errors.js';
import { parseIntegrationsCsv, toIntegrationsCsv } from '../csv/integrations-csv.js';
import { toBackstage } from '../export/backstage.js';
import { toDot } from '../export/dot.js';
import { toMermaid } from '../export/mermaid.js';
import type { GroupBy } from '../export/rollup.js';
import { toStructurizr } from '../export/structurizr.js';
import { ENTITY_KINDS } from '../model/vocabulary.js';
import type { CatalogSnapshot } from './snapshot.js';
import { catalogToYaml, readCatalogYaml, readCatalogYamlFast, type LocatedEntity, type ReadResult } from './yaml-documents.js';

/** The formats the catalog can be exported to, with their media types and file extensions. */
export const EXPORT_FORMATS = {
  yaml: { mediaType: 'application/yaml', extension: 'yaml', map: false },
  csv: { mediaType: 'text/csv', extension: 'csv', map: false },
  backstage: { mediaType: 'application/yaml', extension: 'yaml', map: false },
  mermaid: { mediaType: 'text/vnd.mermaid', extension: 'mmd', map: true },
  dot: { mediaType: 'text/vnd.graphviz', extension: 'dot', map: true },
  structurizr: { mediaType: 'text/plain', extension: 'dsl', map: true },
} as const;

/** An export format's name. */
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** The formats an import reads. */
export const IMPORT_FORMATS = ['yaml', 'csv'] as const;
/** An import format's name. */
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The roll-ups a map export accepts. */
export const GROUP_BYS = ['none', 'domain', 'team'] as const;

/** Renders a catalog in a format; maps may be rolled up by domain or team. */
export function renderCatalog(snapshot: CatalogSnapshot, format: string, groupBy: GroupBy = 'none'): string {
  if (!(format in EXPORT_FORMATS)) {
    throw errors.invalidInput(`Unknown export format '${format}'; use one of: ${Object.keys(EXPORT_FORMATS).join(', ')}`, [
      { pointer: '/format', message: `must be one of ${Object.keys(EXPORT_FORMATS).join(', ')}` },
    ]);
  }
  if (!(GROUP_BYS as readonly string[]).includes(groupBy)) {
    throw errors.invalidInput(`Unknown grouping '${groupBy}'; use one of: ${GROUP_BYS.join(', ')}`, [{ pointer: '/groupBy', message: `must be one of ${GROUP_BYS.join(', ')}` }]);
  }
  if (groupBy !== 'none' && !EXPORT_FORMATS[format as ExportFormat].map) {
    throw errors.invalidInput(`Grouping applies to map formats (mermaid, dot, structurizr), not ${format}`, [{ pointer: '/groupBy', message: 'only for map formats' }]);
  }
  switch (format as ExportFormat) {
    case 'yaml':
      return catalogToYaml(snapshot);
    case 'csv':
      return toIntegrationsCsv(snapshot);
    case 'backstage':
      return toBackstage(snapshot);
    case 'mermaid':
      return toMermaid(snapshot, { groupBy });
    case 'dot':
      return toDot(snapshot, { groupBy });
    case 'structurizr':
      return toStructurizr(snapshot, { groupBy });
  }
}

/** The format a file name implies, or undefined. */
export function formatOfFile(file: string): ImportFormat | undefined {
  if (/\.ya?ml$/i.test(file)) return 'yaml';
  if (/\.csv$/i.test(file)) return 'csv';
  return undefined;
}

/** Integration fields a CSV row cannot carry; an import keeps the catalog's values for them. */
export const CSV_UNCARRIED_FIELDS = ['links', 'ratings', 'requirements', 'dependsOn', 'provenance'] as const;

/**
 * Reads catalog text of a format into located entities. CSV rows carry integrations and the
 * systems they imply; an implied system is created when missing but never overwrites one the
 * catalog already has (a spreadsheet knows a system's id and name, not its owner or domain).
 */
export function readCatalogText(text: string, file: string, format: ImportFormat): ReadResult {
  if (format === 'yaml') return readCatalogYaml(text, file);
  const parsed = parseIntegrationsCsv(text, file);
  if (!parsed.ok) return { entities: [], issues: parsed.issues };
  const entities: LocatedEntity[] = [];
  for (const kind of ENTITY_KINDS) {
    const list = parsed.snapshot[`${kind}s` as keyof CatalogSnapshot] as LocatedEntity['entity'][];
    for (const entity of list) {
      entities.push({
        kind,
        entity,
        file,
        line: parsed.lines?.[`${kind}/${entity.id}`] ?? 1,
        ...(kind === 'system' ? { implied: true } : { keep: CSV_UNCARRIED_FIELDS }),
      });
    }
  }
  return { entities, issues: [] };
}

/** One file of catalog text, as read from disk or sent to the API. */
export interface CatalogFile {
  name: string;
  text: string;
  /** Format of the text; told from the name's extension when absent. */
  format?: ImportFormat;
}

/**
 * Reads several files into one list of entities, gathering every file's issues. With `fast`,
 * YAML files are read without positions where that is safe (see readCatalogYamlFast); a file
 * with any problem is read precisely, so issues always carry their lines.
 */
export function readCatalogFiles(files: CatalogFile[], options: { fast?: boolean } = {}): ReadResult & { formats: Set<ImportFormat> } {
  const entities: LocatedEntity[] = [];
  const issues: ReadResult['issues'] = [];
  const formats = new Set<ImportFormat>();
  for (const file of files) {
    const format = file.format ?? formatOfFile(file.name);
    if (!format) {
      issues.push({ file: file.name, line: 1, message: 'is neither YAML (.yaml, .yml) nor CSV (.csv); rename it or leave it out' });
      continue;
    }
    formats.add(format);
    const read = (options.fast && format === 'yaml' ? readCatalogYamlFast(file.text, file.name) : null) ?? readCatalogText(file.text, file.name, format);
    entities.push(...read.entities);
    issues.push(...read.issues);
  }
  return { entities, issues: issues.slice(0, 200), formats };
}
