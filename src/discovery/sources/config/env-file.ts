/**
 * `.env` files (`.env`, `.env.local`, `.env.example`, `app.env`): each `KEY=value` binds a
 * variable for the folder the file is in. The format is simple and loosely specified, so it is
 * read line by line as dotenv reads it: `#` comments, an optional `export ` prefix, single,
 * double and backtick quotes (double quotes may span lines and know `\n` escapes), and inline
 * comments after unquoted values. Variable expansion (`${OTHER}`) is left as written here (a
 * source sees one file; resolution expands a `.env`'s values with the ones above them and uses
 * them to fill in the compose file beside it: core/discovery/compose-interpolation.ts), and a
 * variable with an empty value binds nothing.
 */
import type { Fact, SourceFile } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { bindingFact, neverThrows } from './emit.js';
import { baseName, folderOf } from './paths.js';

/** `.env`, `.env.production`, `service.env`, the template `env.example` of an install-time `env` (but not `.envrc`, a shell script). */
const ENV_FILE = /^(\.env(\.[^/]+)?|[^/]+\.env|env\.(?:example|sample|template|dist))$/;

/** One variable of a `.env` file. */
export interface EnvEntry {
  key: string;
  value: string;
  line: number;
}

/** A `.env` for test runs (`.env.test`, `.test.ci.env`, `test.env`): what tests start against, not what the code deployed reads. */
const TEST_ENV_FILE = /(^|[._-])tests?([._-]|$)/i;

/** The `.env` source. */
export const envFileSource: Source = {
  name: 'env-file',
  // A Jinja template of one (`.env.j2`) is read rendered, by jinja-templates.ts.
  accepts: (path) => ENV_FILE.test(baseName(path)) && !TEST_ENV_FILE.test(baseName(path)) && !/\.(j2|jinja2?)$/i.test(path),
  read: neverThrows(readEnvFile),
};

/** Parses the variables of a `.env` text. */
export function parseEnvFile(text: string): EnvEntry[] {
  const lines = text.split(/\r?\n/);
  const entries: EnvEntry[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s?(.*)$/.exec(line);
    if (!match) continue;
    const key = match[1] ?? '';
    let rest = (match[2] ?? '').trimStart();
    const startLine = index + 1;
    const quote = rest[0];
    let value: string;
    if (quote === '"' || quote === "'" || quote === '`') {
      rest = rest.slice(1);
      let closing = findClosing(rest, quote);
      // Only double quotes (and backticks) may run over several lines, as in a PEM key.
      while (closing < 0 && quote !== "'" && index + 1 < lines.length) {
        index += 1;
        rest += `\n${lines[index] ?? ''}`;
        closing = findClosing(rest, quote);
      }
      value = closing < 0 ? rest : rest.slice(0, closing);
      if (quote === '"') value = value.replace(/\\([nrt"\\])/g, (_escape, char: string) => ({ n: '\n', r: '\r', t: '\t' })[char as 'n' | 'r' | 't'] ?? char);
    } else {
      // An unquoted value ends at a ` #` comment.
      value = rest.replace(/\s+#.*$/, '').trim();
    }
    // An empty value is kept (`globalSettings__mail__sendGridApiKey=`): the variable is set, to nothing,
    // which says a setting is not configured (a C# `SettingHasValue` or `IsNullOrEmpty` test, conditions.ts).
    entries.push({ key, value, line: startLine });
  }
  return entries;
}

/** The index of the unescaped closing quote, or -1. */
function findClosing(text: string, quote: string): number {
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] === '\\' && quote === '"') index += 1;
    else if (text[index] === quote) return index;
  }
  return -1;
}

/** Reads one `.env` file. */
function readEnvFile(file: SourceFile, context: SourceContext): Fact[] {
  // Open Liberty's `src/main/liberty/config/server.env` is the environment of the server running the module's code.
  const liberty = /^(?:(.*)\/)?src\/main\/liberty\/config$/.exec(folderOf(file.path));
  const scope = liberty ? (liberty[1] ?? '') : folderOf(file.path);
  return parseEnvFile(file.text).map((entry) => bindingFact({ scope }, entry.key, entry.value, entry.line, context.evidenceAt));
}
