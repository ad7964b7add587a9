/**
 * Prisma keeps its database address out of the code: `new PrismaClient()` names nothing, and the
 * `datasource` block of `schema.prisma` says `provider = "postgresql"` and `url = env("DATABASE_URL")`.
 * This tiny source reads that block (Prisma's schema language has no tree-sitter grammar among
 * ours, and the block is a flat list of `key = value` lines, so a line scanner is exact enough).
 */
import { CONFIDENCE, type ConnectionFact, type Fact, type SourceFile } from '../../../core/discovery/facts.js';
import type { Source, SourceContext } from '../../source.js';
import { readTarget, technologyOf } from './targets.js';
import type { Value } from './code-model.js';
import { unquote } from './syntax-helpers.js';

/** A line without its `//` comment (a `//` inside a string, as in a URL, is not a comment). */
function withoutComment(line: string): string {
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (char === '\\' && quoted) index += 1;
    else if (char === '"') quoted = !quoted;
    else if (!quoted && char === '/' && line[index + 1] === '/') return line.slice(0, index);
  }
  return line;
}

/** A value of the datasource block: `env("X")` or a string literal. */
function valueOf(text: string): Value {
  const trimmed = text.trim();
  if (trimmed.startsWith('env(') && trimmed.endsWith(')')) {
    const key = unquote(trimmed.slice(4, -1).trim());
    return key ? { kind: 'env', key } : { kind: 'unknown' };
  }
  if (trimmed.startsWith('"') && trimmed.endsWith('"')) return { kind: 'literal', text: unquote(trimmed) };
  return { kind: 'unknown' };
}

/** Reads the datasource blocks of a Prisma schema. */
function readDatasources(file: SourceFile, context: SourceContext): Fact[] {
  const facts: Fact[] = [];
  const lines = file.text.split(/\r?\n/);
  let inside = false;
  let provider: string | undefined;
  let url: { value: Value; line: number } | undefined;
  const close = (): void => {
    // SQLite is a file beside the application, not a system it integrates with.
    if (url && provider !== 'sqlite') {
      const read = readTarget(url.value);
      const technology = (provider ? technologyOf(provider) : undefined) ?? read.technology;
      const fact: ConnectionFact = {
        type: 'connection',
        target: read.target,
        role: 'uses',
        mechanism: 'database',
        ...(technology ? { technology } : {}),
        targetKind: 'database',
        evidence: context.evidenceAt(url.line),
        confidence: read.known === 'none' ? CONFIDENCE.inferred : CONFIDENCE.literal,
      };
      facts.push(fact);
    }
    inside = false;
    provider = undefined;
    url = undefined;
  };
  lines.forEach((raw, index) => {
    const line = withoutComment(raw).trim();
    if (!inside) {
      const words = line.split(/\s+/);
      if (words[0] === 'datasource' && words[2] === '{') inside = true;
      return;
    }
    if (line.startsWith('}')) return close();
    const equals = line.indexOf('=');
    if (equals < 0) return;
    const key = line.slice(0, equals).trim();
    const value = line.slice(equals + 1);
    if (key === 'provider') {
      const literal = valueOf(value);
      provider = literal.kind === 'literal' ? literal.text.toLowerCase() : undefined;
    } else if (key === 'url') url = { value: valueOf(value), line: index + 1 };
  });
  return facts;
}

/** Reads `schema.prisma` (and other `.prisma` files) for the database their datasource names. */
export const prismaDatasourceSource: Source = {
  name: 'code-prisma',
  extensions: ['.prisma'],
  accepts: (path) => path.endsWith('.prisma'),
  read(file, context) {
    try {
      return readDatasources(file, context);
    } catch {
      return [];
    }
  },
};
