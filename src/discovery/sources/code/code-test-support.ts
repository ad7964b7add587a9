/**
 * Shared by the code source tests: reads an inline snippet through a source with the real parser.
 */
import type { BindingFact, ConnectionFact, Fact, SourceFile } from '../../../core/discovery/facts.js';
import type { UserRule } from '../../../core/discovery/user-rules.js';
import { parseCode } from '../../code-parser.js';
import { evidenceFor, type Source } from '../../source.js';

/**
 * Reads a snippet as a file at a path, with the real tree-sitter parser and the given user rules.
 * What the file declares and names (a CodeNamesFact, code-declarations.test.ts) and what it loads
 * (a PHP file's ModuleImportsFact, php-includes.test.ts) are left out,
 * since most tests are about connections; `readSnippetWithNames` keeps it, for resolving.
 */
export async function readSnippet(source: Source, path: string, text: string, rules: UserRule[] = []): Promise<Fact[]> {
  return (await readSnippetWithNames(source, path, text, rules)).filter((fact) => fact.type !== 'code-names' && fact.type !== 'module-imports');
}

/** The same, with every fact the source states. */
export async function readSnippetWithNames(source: Source, path: string, text: string, rules: UserRule[] = []): Promise<Fact[]> {
  const file: SourceFile = { path, text };
  return source.read(file, { evidenceAt: evidenceFor(file), parse: parseCode, rules });
}

/** Removes the common leading indentation of a template literal snippet, so cases can be indented with the test. */
export function code(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce((result, piece, index) => result + piece + (index < values.length ? String(values[index]) : ''), '');
  const lines = text.replace(/^\n/, '').replace(/\n\s*$/, '').split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim() !== '').map((line) => /^\s*/.exec(line)?.[0].length ?? 0));
  return lines.map((line) => line.slice(indent)).join('\n');
}

/** The parts of a fact the tests assert, with evidence reduced to its line. */
export type FactSummary =
  | { role: string; mechanism: string; technology?: string; channel?: string; target: object; targetKind?: string; line: number; confidence: number }
  | { provides: string; protocol: string; names?: string[]; line: number };

/** One row of a table-driven test of a code source: a snippet, the source reading it, the facts it should give. */
export interface SnippetCase {
  name: string;
  source: Source;
  path: string;
  text: string;
  facts: FactSummary[];
}

/** Reduces facts to what the tests assert (all of a fact's meaning, evidence reduced to its line). */
export function summarise(facts: readonly Fact[]): FactSummary[] {
  return facts.filter((fact) => fact.type !== 'binding').map((fact) => {
    if (fact.type === 'provides') return { provides: fact.api, protocol: fact.protocol, ...(fact.names ? { names: fact.names } : {}), line: fact.evidence.line };
    if (fact.type !== 'connection') throw new Error(`unexpected ${fact.type} fact`);
    return {
      role: fact.role,
      mechanism: fact.mechanism,
      ...(fact.technology !== undefined ? { technology: fact.technology } : {}),
      ...(fact.channel !== undefined ? { channel: fact.channel } : {}),
      target: fact.target,
      ...(fact.targetKind !== undefined ? { targetKind: fact.targetKind } : {}),
      line: fact.evidence.line,
      confidence: fact.confidence,
    };
  });
}

/** The bindings among facts, as key → value (the names a file shares with the rest of its package). */
export function bindingsOf(facts: readonly Fact[]): Record<string, string> {
  return Object.fromEntries(facts.flatMap((fact) => (fact.type === 'binding' ? [[fact.key, fact.value]] : [])));
}

/** Confidence of a fact read from a literal or an env name. */
export const LITERAL = 0.9;
/** Confidence of a fact whose target could not be followed. */
export const INFERRED = 0.6;

/** The expected summary of an HTTP call. */
export const http = (line: number, target: object, more: Partial<FactSummary> = {}): FactSummary => ({ role: 'calls', mechanism: 'rest', technology: 'HTTP', target, line, confidence: LITERAL, ...more }) as FactSummary;

/** The expected summary of a gRPC call. */
export const grpc = (line: number, channel: string | undefined, target: object): FactSummary => ({ role: 'calls', mechanism: 'grpc', technology: 'gRPC', ...(channel ? { channel } : {}), target, line, confidence: LITERAL });

/** The expected summary of a producer or consumer. */
export const message = (role: 'produces' | 'consumes', technology: string, channel: string | undefined, target: object, line: number): FactSummary => ({
  role,
  mechanism: 'messaging',
  technology,
  ...(channel ? { channel } : {}),
  target,
  targetKind: 'message-broker',
  line,
  confidence: LITERAL,
});

/** The expected summary of a datastore, file store or mail use. */
export const store = (mechanism: 'database' | 'file-transfer' | 'email', technology: string, target: object, line: number, channel?: string): FactSummary => ({
  role: 'uses',
  mechanism,
  technology,
  ...(channel ? { channel } : {}),
  target,
  targetKind: mechanism === 'database' ? 'database' : mechanism === 'file-transfer' ? 'file-store' : 'saas',
  line,
  confidence: LITERAL,
});

/**
 * A config reader's connections (medusa-config, vendure-config) as `role mechanism technology →
 * target (bound values) [process, migrated, conditions]`, with the evidence line when asked.
 */
export function configConnections(facts: readonly Fact[], withLine = false): string[] {
  const bindings = facts.filter((fact): fact is BindingFact => fact.type === 'binding');
  return facts
    .filter((fact): fact is ConnectionFact => fact.type === 'connection')
    .map((fact) => {
      const target = fact.target.key !== undefined ? bindings.filter((binding) => binding.key === fact.target.key).map((binding) => binding.value).join(' | ') : fact.target.host;
      const flags = [fact.runsIn, fact.migrated ? 'migrated' : undefined, ...(fact.conditions ?? []).map((condition) => `if ${condition.negated ? '!' : ''}${condition.key}${typeof condition.test === 'object' && 'equals' in condition.test ? `=${condition.test.equals}` : ''}`)].filter(Boolean);
      return `${fact.role} ${fact.mechanism} ${fact.technology} → ${target} [${flags.join(', ')}]${withLine ? ` @${fact.evidence.line}` : ''}`;
    });
}
