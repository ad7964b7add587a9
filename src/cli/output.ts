/**
 * How the CLI speaks: aligned tables and short lines for people, JSON for scripts (`--json`),
 * and errors that say what went wrong, where (file, line, field) and what to do, with an exit
 * code per error kind.
 */
import { ERROR_KINDS, isPatchbayError, type PatchbayError } from '../core/errors.js';

/** Where output goes; tests capture it. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** Print JSON instead of tables and sentences. */
  json: boolean;
}

/** Whether the process's streams already end the run quietly when their reader goes away. */
let pipesGuarded = false;

/** A reader that stops early (`patchbay export | head`) closes the pipe: that ends the run, not with a stack trace. */
function guardPipes(): void {
  if (pipesGuarded) return;
  pipesGuarded = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
}

/** Output to the process's streams. */
export function processOutput(json: boolean): Output {
  guardPipes();
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    json,
  };
}

/** Prints rows as an aligned table with a header. */
export function table(rows: readonly object[], columns: string[]): string {
  if (rows.length === 0) return '(none)';
  const cells = rows.map((row) => columns.map((column) => cellText((row as Record<string, unknown>)[column])));
  const widths = columns.map((column, index) => Math.min(60, Math.max(column.length, ...cells.map((line) => (line[index] ?? '').length))));
  const format = (line: string[]) =>
    line.map((cell, index) => (cell.length > (widths[index] ?? 0) ? `${cell.slice(0, (widths[index] ?? 1) - 1)}…` : cell.padEnd(widths[index] ?? 0))).join('  ').trimEnd();
  return [format(columns.map((column) => column.toUpperCase())), ...cells.map(format)].join('\n');
}

/** One cell's text. */
function cellText(value: unknown): string {
  if (value === undefined || value === null) return '-';
  if (Array.isArray(value)) return value.join(',') || '-';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value).replace(/\s+/g, ' ');
}

/** Formats an error for a person: message, then each located issue on its own line. */
export function describeError(error: PatchbayError): string {
  const lines = [`error: ${error.message}`];
  for (const issue of error.issues.slice(0, 50)) {
    const where = [issue.file, issue.line, issue.column].filter((part) => part !== undefined).join(':');
    const field = issue.pointer && issue.pointer !== '/' ? ` ${issue.pointer}` : '';
    lines.push(`  ${where ? `${where}:` : ''}${field} ${issue.message}`.replace(/^ {2} /, '  '));
  }
  if (error.issues.length > 50) lines.push(`  … and ${error.issues.length - 50} more`);
  return lines.join('\n');
}

/** Reports any thrown value and returns the exit code for it. */
export function reportError(error: unknown, output: Output): number {
  if (isPatchbayError(error)) {
    if (output.json) {
      output.err(JSON.stringify({ error: { code: error.code, message: error.message, issues: error.issues, ...error.extensions } }, null, 2));
    } else {
      output.err(describeError(error));
    }
    return ERROR_KINDS[error.code].exitCode;
  }
  output.err(`error: ${(error as Error)?.stack ?? String(error)}`);
  return 1;
}
