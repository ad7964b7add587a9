/**
 * Java `.properties` files, read line by line as java.util.Properties reads them: `#` and `!`
 * comments, `=`, `:` or whitespace between key and value, backslash line continuations and
 * escapes (`\t`, `\n`, `\uXXXX`). The format is simple enough that a parser package would add
 * nothing; this one also keeps the line each key is on.
 */

/** One property with the 1-based line its key is on. */
export interface Property {
  key: string;
  value: string;
  line: number;
}

/** Undoes the escapes of a key or value. */
function unescape(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_match, escape: string) => {
    if (escape.length === 5) return String.fromCharCode(Number.parseInt(escape.slice(1), 16));
    return ({ t: '\t', n: '\n', r: '\r', f: '\f' } as Record<string, string>)[escape] ?? escape;
  });
}

/** Whether a line ends in an odd number of backslashes (its logical line continues). */
function continues(line: string): boolean {
  const trailing = /\\*$/.exec(line)?.[0].length ?? 0;
  return trailing % 2 === 1;
}

/**
 * Parses a properties text into documents: Spring splits one file into several with a `#---` or
 * `!---` line (one per profile), and keys are only siblings within one document.
 */
export function parseProperties(text: string): Property[][] {
  const lines = text.split(/\r?\n/);
  const documents: Property[][] = [[]];
  for (let index = 0; index < lines.length; index += 1) {
    const first = lines[index] ?? '';
    const trimmed = first.trimStart();
    if (/^[#!]---\s*$/.test(trimmed)) {
      documents.push([]);
      continue;
    }
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('!')) continue;
    const line = index + 1;
    let logical = trimmed;
    while (continues(logical) && index + 1 < lines.length) {
      index += 1;
      logical = logical.slice(0, -1) + (lines[index] ?? '').trimStart();
    }
    // The key ends at the first unescaped `=`, `:` or whitespace.
    let end = 0;
    while (end < logical.length && !/[=:\s]/.test(logical[end] ?? '')) end += logical[end] === '\\' ? 2 : 1;
    const key = unescape(logical.slice(0, end));
    const rest = logical.slice(end).replace(/^\s*[=:]?\s*/, '');
    documents[documents.length - 1]?.push({ key, value: unescape(rest), line });
  }
  return documents.filter((document) => document.length > 0);
}
