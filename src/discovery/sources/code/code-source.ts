/**
 * Building a language family's Source from its readers and signature table. The Source checks a
 * file's text for its trigger words (and the user rules' names) before parsing, because parsing is
 * the expensive step (about 5 MB/s per core) and most files of a repository talk to nothing.
 */
import type { Fact, SourceFile } from '../../../core/discovery/facts.js';
import type { UserRule } from '../../../core/discovery/user-rules.js';
import { languageOf, type CodeLanguage, type SyntaxTree } from '../../code-parser.js';
import type { Source, SourceContext } from '../../source.js';
import type { FamilyTable, LanguageReader } from './code-model.js';
import { emitFacts, ruleApplies, SignatureIndex } from './fact-emission.js';
import { buildFileModel } from './file-model.js';
import { Evaluator } from './value-evaluation.js';

/** What makes one language family's source. */
export interface FamilySpec {
  /** The source's stable name, e.g. `code-python`. */
  name: string;
  /** A reader for every language of the family. */
  readers: Partial<Record<CodeLanguage, LanguageReader>>;
  table: FamilyTable;
}

/** The literal words of a rule's call pattern, any of which must occur in a file for the rule to apply. */
function ruleWords(rule: UserRule): string[] {
  return rule.call.split(/[^A-Za-z0-9_$]+/).filter((word) => word.length >= 2);
}

/**
 * Words of a file that may set a value other files of its package or module read (an env read into
 * a field, an exported address, a literal service URL), so a configuration file with no client
 * call of its own is still parsed.
 */
const SHARES =
  /\bos\.(?:Getenv|LookupEnv)\(|\bmustMapEnv\(|\bprocess\.env\b|\bmodule\.exports\b|@ConfigurationProperties\b|@Value\(|\bexport\s+const\s+\w*(?:url|uri|host|addr|address|endpoint)\w*\s*=|["'`](?:https?|grpc|amqp|redis|nats|mongodb|postgres(?:ql)?|mysql):\/\/(?!www\.|localhost)/i;

/** Whether a file may hold anything the family or the user's rules recognise. */
function mayMatch(text: string, triggers: RegExp, rules: readonly UserRule[]): boolean {
  if (triggers.test(text) || SHARES.test(text)) return true;
  return rules.some((rule) => {
    const words = ruleWords(rule);
    return words.length > 0 && words.every((word) => text.includes(word));
  });
}

/** Makes the Source of a language family. */
export function makeCodeSource(spec: FamilySpec): Source {
  const index = new SignatureIndex(spec.table.signatures);
  return {
    name: spec.name,
    accepts(path: string): boolean {
      const language = languageOf(path);
      return language !== undefined && spec.readers[language] !== undefined;
    },
    async read(file: SourceFile, context: SourceContext): Promise<Fact[]> {
      const language = languageOf(file.path);
      const reader = language ? spec.readers[language] : undefined;
      if (!language || !reader) return [];
      if (!mayMatch(file.text, spec.table.triggers, context.rules.filter((rule) => ruleApplies(rule, language)))) return [];
      let tree: SyntaxTree | undefined;
      try {
        tree = await context.parse(language, file.text);
        const model = buildFileModel(tree.rootNode, reader, language);
        const evaluator = new Evaluator(reader, model, spec.table.values);
        return emitFacts({ model, evaluator, index, rules: context.rules, evidenceAt: context.evidenceAt });
      } catch {
        // A file the grammar or the engine cannot cope with yields no facts rather than stopping the scan.
        return [];
      } finally {
        tree?.delete();
      }
    },
  };
}
