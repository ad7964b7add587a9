/**
 * Parsing source code with tree-sitter (web-tree-sitter with the grammars of tree-sitter-wasms),
 * loaded lazily: a scan that meets no Go file never loads the Go grammar. The wasm runtime and
 * each grammar load once per process (or worker thread).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Language, Node, Parser, type Tree } from 'web-tree-sitter';
import { groovyTextForGrammar } from './groovy-grammar-text.js';

/**
 * The languages discovery reads code in, shell (`bash`), which only the entrypoint-script source
 * parses, TOML, which only configuration sources parse (Traefik's file provider), and Bicep, which
 * only the Bicep source parses: `languageOf` maps no extension to them, so the code sources never
 * see a script, a TOML or a Bicep file.
 */
export const CODE_LANGUAGES = ['typescript', 'tsx', 'javascript', 'python', 'go', 'java', 'kotlin', 'groovy', 'c_sharp', 'bash',
  'rust',
  'ruby',
  'php',
  'toml',
  'bicep',
] as const;
/** One of them. */
export type CodeLanguage = (typeof CODE_LANGUAGES)[number];
/** A parsed file. */
export type SyntaxTree = Tree;

const require = createRequire(import.meta.url);
const grammarFolder = join(dirname(require.resolve('tree-sitter-wasms/package.json')), 'out');

/** Where a grammar is: tree-sitter-wasms has none for Bicep or Groovy, whose own packages ship one that loads here. */
function grammarPath(language: CodeLanguage): string {
  if (language === 'bicep') return require.resolve('tree-sitter-bicep/tree-sitter-bicep.wasm');
  if (language === 'groovy') return require.resolve('tree-sitter-groovy/tree-sitter-groovy.wasm');
  return join(grammarFolder, `tree-sitter-${language}.wasm`);
}

/**
 * web-tree-sitter makes a new Node object for each child it hands out and answers `type` by copying
 * the node into wasm memory and calling in, every time it is read. The readers read the same node's
 * type many times (a list of node types per reader), so the first answer is kept on the node
 * object: a node's type never changes, and a tree is never edited here. It is kept in a plain
 * field rather than by redefining `type` on the object: defining a read-only own property on every
 * node cost about 0.4 s per worker on the benchmark's full tree, an assignment next to nothing.
 */
function keepNodeTypes(): void {
  const read = Object.getOwnPropertyDescriptor(Node.prototype, 'type')?.get;
  if (read === undefined) return;
  Object.defineProperty(Node.prototype, 'type', {
    configurable: true,
    get(this: Node & { knownType?: string }): string {
      return (this.knownType ??= read.call(this) as string);
    },
  });
}
keepNodeTypes();

let runtime: Promise<void> | undefined;
const parsers = new Map<CodeLanguage, Promise<Parser>>();

/** The parser for a language, loading the runtime and its grammar on first use. */
function parserFor(language: CodeLanguage): Promise<Parser> {
  let parser = parsers.get(language);
  if (!parser) {
    runtime ??= Parser.init();
    parser = runtime.then(async () => {
      const grammar = await Language.load(grammarPath(language));
      const created = new Parser();
      created.setLanguage(grammar);
      return created;
    });
    parsers.set(language, parser);
  }
  return parser;
}

/** Parses a file's text; the caller must not keep the tree beyond the file (call `tree.delete()` when done if it can). */
export async function parseCode(language: CodeLanguage, text: string): Promise<SyntaxTree> {
  const parser = await parserFor(language);
  let tree: SyntaxTree | null;
  try {
    // Groovy's grammar needs its statement ends and strings written out (groovy-grammar-text.ts).
    tree = parser.parse(language === 'groovy' ? groovyTextForGrammar(text) : text);
  } catch (error) {
    // A grammar's external scanner that throws (tree-sitter-wasms' bash on a `case` statement)
    // leaves its parser broken for every later text: the next parse starts with a new one.
    parsers.delete(language);
    throw error;
  }
  if (!tree) throw new Error(`tree-sitter could not parse ${language} text`);
  return tree;
}

/**
 * The languages of the file extensions discovery reads as code (lowercase, without the dot).
 * `.gradle` build scripts and Jenkinsfiles are Groovy too, but no application code: not mapped.
 */
const LANGUAGE_OF_EXTENSION: ReadonlyMap<string, CodeLanguage> = new Map<string, CodeLanguage>([
  ['ts', 'typescript'],
  ['mts', 'typescript'],
  ['cts', 'typescript'],
  ['tsx', 'tsx'],
  ['js', 'javascript'],
  ['mjs', 'javascript'],
  ['cjs', 'javascript'],
  ['jsx', 'javascript'],
  ['py', 'python'],
  ['go', 'go'],
  ['java', 'java'],
  ['kt', 'kotlin'],
  ['kts', 'kotlin'],
  ['groovy', 'groovy'],
  ['cs', 'c_sharp'],
  ['rs', 'rust'],
  ['rb', 'ruby'],
  ['ru', 'ruby'],
  ['rake', 'ruby'],
  ['php', 'php'],
]);

/** The language a file's extension says, if discovery reads it. */
export function languageOf(path: string): CodeLanguage | undefined {
  const match = /\.([a-z]+)$/i.exec(path);
  return match ? LANGUAGE_OF_EXTENSION.get((match[1] as string).toLowerCase()) : undefined;
}

/** The extensions (`'.ts'`, dot included) that languageOf maps to one of these languages: a code source's Source.extensions. */
export function extensionsOfLanguages(languages: readonly CodeLanguage[]): string[] {
  return [...LANGUAGE_OF_EXTENSION].filter(([, language]) => languages.includes(language)).map(([extension]) => `.${extension}`);
}
