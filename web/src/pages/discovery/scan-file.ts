/**
 * Reading a scan result file (the output of `patchbay scan --format json`) in the browser before
 * it is sent. Only the shape is checked here — that it is JSON with `systems` and `integrations`
 * lists — so an obvious mistake (the table output, a YAML file) is named at once without a round
 * trip; every field is then checked by the server, which names each bad one in its problem.
 */

export interface ScanEvidence {
  file: string;
  line: number;
  excerpt: string;
}

export interface ScannedSystem {
  id: string;
  name: string;
  kind: string;
  defined?: boolean;
  confidence?: number;
  evidence?: ScanEvidence[];
}

export interface ScannedIntegration {
  id: string;
  source: string;
  target: string;
  mechanism: string;
  direction: string;
  technology?: string;
  channel?: string;
  confidence: number;
  evidence: ScanEvidence[];
}

export interface ScanDocument {
  systems: ScannedSystem[];
  integrations: ScannedIntegration[];
  [member: string]: unknown;
}

/** A problem in the shape the API uses (RFC 9457), so the page shows both the same way. */
export interface FileProblem {
  title: string;
  detail: string;
  errors: { pointer: string; detail: string }[];
}

export type ScanFileResult = { ok: true; scan: ScanDocument; systems: number; integrations: number } | { ok: false; problem: FileProblem };

/** Files larger than this are refused before reading (the server's body limit is of this order). */
export const MAX_SCAN_FILE_BYTES = 50 * 1024 * 1024;

function refused(fileName: string, detail: string, errors: FileProblem['errors'] = []): ScanFileResult {
  return { ok: false, problem: { title: `${fileName} is not a scan result`, detail, errors } };
}

/** Checks a file's text and returns the scan to send, or a problem naming what is wrong. */
export function parseScanFile(fileName: string, text: string): ScanFileResult {
  if (text.trim() === '') return refused(fileName, 'The file is empty.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const hint = /^\s*[{[]/.test(text) ? '' : ' Scan with `patchbay scan PATHS --format json > scan.json` and upload that file.';
    return refused(fileName, `The file is not JSON (${(error as Error).message}).${hint}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return refused(fileName, 'A scan result is one JSON object with "systems" and "integrations" lists.', [{ pointer: '', detail: 'must be an object' }]);
  }
  const record = value as Record<string, unknown>;
  const errors = (['systems', 'integrations'] as const)
    .filter((key) => !Array.isArray(record[key]))
    .map((key) => ({ pointer: `/${key}`, detail: record[key] === undefined ? 'is missing' : 'must be a list' }));
  if (errors.length > 0) return refused(fileName, 'A scan result has "systems" and "integrations" lists (the output of `patchbay scan --format json`).', errors);
  const scan = record as ScanDocument;
  return { ok: true, scan, systems: scan.systems.length, integrations: scan.integrations.length };
}

/** Names of the scan's systems by id, for showing "source → target" by name. */
export function scanSystemNames(scan: ScanDocument): Map<string, string> {
  return new Map(scan.systems.filter((system) => system && typeof system.id === 'string').map((system) => [system.id, typeof system.name === 'string' ? system.name : system.id]));
}
