/**
 * The extension point of discovery: a Source reads one file and reports facts. Sources get their
 * file's text and a context (evidence making, code parsing, user rules) and do no I/O of their own,
 * so each is tested with inline text and the scanner decides how files are read.
 */
import type { Evidence, EvidenceAt, Fact, SourceFile } from '../core/discovery/facts.js';
import { excerptOf } from '../core/discovery/redact.js';
import type { CodeLanguage, SyntaxTree } from './code-parser.js';
import type { UserRule } from '../core/discovery/user-rules.js';

/** What a source may use while reading a file. */
export interface SourceContext {
  /** Evidence for a 1-based line of the file being read: trimmed, shortened, secrets masked. */
  evidenceAt: EvidenceAt;
  /** Parses source code with tree-sitter (grammars load once per process). */
  parse(language: CodeLanguage, text: string): Promise<SyntaxTree>;
  /** Rules users added for their in-house client libraries. */
  rules: readonly UserRule[];
  /**
   * The text of another file of the scan, by its path as SourceFile.path spells it (a Helm
   * template's chart values.yaml): undefined when it is not there, not small text, or the caller
   * gives no such access. A source must read its file without it, only knowing less.
   */
  readFile?(path: string): string | undefined;
  /**
   * The names of the files directly in a folder of the scan (`''` for its root), by scan path, for
   * a source reading a file with its siblings (a Go package is every file of its folder): undefined
   * when the caller gives no such access.
   */
  listFolder?(folder: string): string[] | undefined;
  /**
   * What a source works out from other files once and reuses for the next files of the same chunk
   * of the scan (the inputs every template of a folder is decided by: jinja-condition-inputs.ts),
   * kept exactly as long as the texts readFile gives (scan-file.ts makes one per chunk, never one
   * per process, so nothing of one scan is seen by another). Keys start with the source's file
   * name. Undefined: nothing is shared, each file works it out again.
   */
  shared?: Map<string, unknown>;
}

/** One kind of file discovery understands. */
export interface Source {
  /** Stable name, shown in `--verbose` output and in evidence statistics. */
  readonly name: string;
  /** Whether this source reads the file, decided from its path alone (cheap: called for every file). */
  accepts(path: string): boolean;
  /**
   * The extensions of every file name `accepts` can return true for, so that the scanner asks it
   * of those files only (source-dispatch.ts). An extension is what follows the base name's last
   * dot, dot included and lowercased (extensionOf: `Dockerfile.dev` → `.dev`, `.env` → `.env`,
   * `.env.local` → `.local`), and `''` for a name with no dot (`Procfile`, `run`). A source that
   * cannot promise a fixed set leaves this out and is asked of every file: a set missing one
   * silently loses those files (source-extensions.test.ts checks the declarations).
   */
  readonly extensions?: readonly string[];
  /**
   * Given the first bytes of a file (SNIFF_BYTES of them), whether it is worth reading whole.
   * A source that only recognises files by a marker near the top (an OpenAPI document's `openapi:`)
   * says so here, and a scan of a tree full of unrelated JSON reads a few kilobytes of each.
   */
  sniff?(head: string): boolean;
  /** Reads one file. Never throws for bad input: a file it cannot read yields no facts. */
  read(file: SourceFile, context: SourceContext): Promise<Fact[]> | Fact[];
}

/** How much of a file `sniff` sees. */
export const SNIFF_BYTES = 4_096;

/** Makes the evidence function for one file's text. */
export function evidenceFor(file: SourceFile): EvidenceAt {
  const text = file.text;
  // Only the line asked for is cut out, and newlines are looked for only as far as it: splitting
  // the whole text into lines cost every script file (module-imports asks for one line of each)
  // a copy of itself. The lines are split(/\r?\n/)'s: a `\r` before a newline is not kept.
  const newlines: number[] = [];
  let from = 0;
  return (line: number, path?: string): Evidence => {
    const wanted = Math.max(line, 1);
    while (from >= 0 && newlines.length < wanted) {
      const at = text.indexOf('\n', from);
      if (at < 0) from = -1;
      else {
        newlines.push(at);
        from = at + 1;
      }
    }
    const lineCount = from < 0 ? newlines.length + 1 : Number.POSITIVE_INFINITY;
    const index = Math.min(wanted, lineCount) - 1;
    let excerpt = '';
    if (Number.isInteger(index)) {
      const start = index === 0 ? 0 : (newlines[index - 1] as number) + 1;
      const ended = index < newlines.length;
      let end = ended ? (newlines[index] as number) : text.length;
      if (ended && end > start && text.charCodeAt(end - 1) === 13) end -= 1;
      excerpt = text.slice(start, end);
    }
    return { file: path ?? file.path, line: wanted, excerpt: excerptOf(excerpt) };
  };
}

/** The 1-based line of a character offset in a text. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < text.length; index += 1) if (text.charCodeAt(index) === 10) line += 1;
  return line;
}
