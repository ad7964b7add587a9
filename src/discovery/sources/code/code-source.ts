/**
 * Building a language family's Source from its readers and signature table. The Source checks a
 * file's text for its trigger words (and the user rules' names) before parsing, because parsing is
 * the expensive step (about 5 MB/s per core) and most files of a repository talk to nothing.
 */
import { excludedFromDefaultBuild } from '../../../core/discovery/go-build-constraints.js';
import { mayDefineCli, pythonCliFacts } from './python-cli.js';
import { mayDefineNodeCli, nodeCliFacts } from './node-cli.js';
import { mayDeclareConfigClasses } from './ts-config-classes.js';
import { mayDeclareEnvClass, pathAliasesFor } from './ts-env-classes.js';
import { flagHelperBindings, mayDefineFlagHelpers } from './flag-helpers.js';
import { guardedImportBindings, mayGuardImports } from './guarded-imports.js';
import type { Fact, FactCondition, SourceFile } from '../../../core/discovery/facts.js';
import { extensionsOfLanguages, languageOf, type CodeLanguage, type SyntaxTree } from '../../code-parser.js';
import type { Source, SourceContext } from '../../source.js';
import type { FamilyTable, FileModel, LanguageReader, SyntaxNode } from './code-model.js';
import { BranchConditions } from './branch-conditions.js';
import { emitFacts, ruleApplies, SignatureIndex } from './fact-emission.js';
import { buildFileModel } from './file-model.js';
import { Evaluator } from './value-evaluation.js';
import { handsOffAddress, mayMatch, usesPlumbingWords } from './prefilter.js';
import { codeNameTypes, codeNames, readsDeclarations } from './code-declarations.js';
import { isTestCode } from '../../../core/discovery/file-paths.js';
import { blankComments } from './module-imports.js';
import { bindSiblingHelperCalls } from './go-package-siblings.js';
import { blankPythonComments } from './python-comments.js';


/** A Rust file declaring what another crate may name (`pub fn`, `pub struct`, an `impl`) or a binary's `fn main`. */
const RUST_NAMED_ITEMS = /\bpub(?:\([^)]*\))?\s+(?:async\s+)?(?:fn|struct|enum|trait)\b|\bimpl\b|\bfn\s+main\b/;
/** A Go file of a command (`package main`). */
const GO_MAIN_PACKAGE = /^package\s+main\b/m;
/** A job queue worked on (`x.process(…)`, `eventQueue.add(…)`, `addBulk`, Bee-Queue's `createJob`): a queue's role is its caller's. */
const WORKS_QUEUE = /\.\s*(?:process|addBulk|createJob)\s*\(|[Qq]ueue\s*\.\s*add\s*\(/;
/** A Spring bean looked up by name (`context.getBean("loyaltyWebClient")`): any client bean may be in use (core/discovery/typed-clients.ts). */
const SPRING_BEAN_LOOKUP = /\.getBean\s*\(/;
/** A cobra or urfave/cli command literal (`&cobra.Command{`, `[]*cli.Command{`). */
const GO_SUBCOMMAND = /\b(?:cobra|cli)\.Command\{/;
/** A Django management command's module, or a package's `__main__` (`python -m pkg`). */
const PYTHON_ENTRY_MODULE = /(^|\/)management\/commands\/[^/]+\.py$|(^|\/)__main__\.py$/;
/** `if __name__ == "__main__":`: a module run as a program. */
const PYTHON_MAIN_GUARD = /^if\s+__name__\s*==\s*["']__main__["']\s*:/m;
/** A Go `switch` (`switch *service {`, `switch {`): its cases may be chosen by a setting. */
const GO_SWITCH = /\bswitch\b/;
const CSHARP_IF = /\bif\s*\(/;
/** A Go `if` testing a field or a read (`if cfg.QueueType == "redis" {`, `if !cfg.UseSearch {`): its branches may be chosen by a setting. */
const GO_IF = /\bif\s+!?\(?\s*[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+/;
/**
 * The text of a file without its comments, for the languages whose comments are blanked cheaply
 * and safely by a regex pass (module-imports.ts, python-comments.ts); undefined for the others.
 */
function withoutComments(text: string, language: CodeLanguage): string | undefined {
  if (language === 'python') return blankPythonComments(text);
  if (language === 'typescript' || language === 'tsx' || language === 'javascript') return blankComments(text);
  return undefined;
}

/**
 * Whether a file's trigger words occur in its code: the prefilter reads the raw text, and a file
 * whose only trigger words sit in comments (`# batches of refund requests`, a link to a wiki) is
 * parsed for nothing, since the readers read syntax nodes. Asked again of the text with its
 * comments blanked, only for files the first test let through (a few in a hundred).
 */
function triggeredInCode(text: string, language: CodeLanguage, test: (text: string) => boolean): boolean {
  if (!test(text)) return false;
  const code = withoutComments(text, language);
  return code === undefined || code === text || test(code);
}

/** What makes one language family's source. */
export interface FamilySpec {
  /** The source's stable name, e.g. `code-python`. */
  name: string;
  /** A reader for every language of the family. */
  readers: Partial<Record<CodeLanguage, LanguageReader>>;
  table: FamilyTable;
  /**
   * What the family's class declarations say beyond calls (class-messaging.ts): read even in files
   * without trigger words when `test` matches, since a subclass of a team's base class names no client.
   */
  classes?: { test: RegExp; read(root: SyntaxTree['rootNode'], facts: Fact[], evidenceAt: SourceContext['evidenceAt']): Fact[] };
  /** Settings a framework's configuration calls bind for the family's other files (nestjs.ts): read after the file's connections. */
  bindings?(model: FileModel, evaluator: Evaluator, path: string, evidenceAt: SourceContext['evidenceAt'], file?: { root: SyntaxTree['rootNode']; facts: readonly Fact[]; emit(): Fact[] }): Fact[];
  /**
   * What a framework's own DSL says beyond single calls (Camel routes, camel-routes.ts), read from
   * the file's model in files where `test` holds (checked only in files the triggers let through).
   */
  routes?: { test(text: string): boolean; read(model: FileModel, evaluator: Evaluator, evidenceAt: SourceContext['evidenceAt'], path: string): Fact[] };
  /**
   * What a framework says of the file beyond single calls and of where its code runs (Django
   * settings and Celery tasks, django-celery.ts): given the file's facts, returns them with its own
   * added and marked. Read in files the triggers let through where `test` holds.
   */
  frameworks?: { test(text: string): boolean; read(input: { root: SyntaxTree['rootNode']; model: FileModel; evaluator: Evaluator; facts: Fact[]; evidenceAt: SourceContext['evidenceAt']; path: string; readFile?: SourceContext['readFile'] }): Fact[] };
  /**
   * What a file declares and names where the framework's layout, not an import, ties files together
   * (a Rails app's Zeitwerk constants, rails-roles.ts): read in every file `accepts` takes, trigger
   * words or not, since a job naming only `Invoices::GeneratePdfService` is what puts that service's
   * calls in the worker. A PHP file's includes and classes (php-includes.ts) too, which say the
   * processes running it; `accepts` may read the text before parsing.
   */
  names?: { accepts(path: string, text: string): boolean; read(root: SyntaxTree['rootNode'], path: string, text: string, evidenceAt: SourceContext['evidenceAt']): Fact[] };
}

/** Makes the Source of a language family. */
export function makeCodeSource(spec: FamilySpec): Source {
  const index = new SignatureIndex(spec.table.signatures);
  return {
    name: spec.name,
    extensions: extensionsOfLanguages((Object.keys(spec.readers) as CodeLanguage[]).filter((language) => spec.readers[language] !== undefined)),
    accepts(path: string): boolean {
      const language = languageOf(path);
      return language !== undefined && spec.readers[language] !== undefined && !isTestCode(path);
    },
    async read(file: SourceFile, context: SourceContext): Promise<Fact[]> {
      const language = languageOf(file.path);
      const reader = language ? spec.readers[language] : undefined;
      if (!language || !reader) return [];
      // A Go file only a build tag compiles in (`//go:build nats`), or named for another OS, is in no
      // image's binary: neither its calls nor its imports are a service's (go-build-constraints.ts).
      if (language === 'go' && excludedFromDefaultBuild(file.path, file.text)) return [];
      const rules = context.rules.filter((rule) => ruleApplies(rule, language));
      const triggered = triggeredInCode(file.text, language, (text) => mayMatch(text, spec.table.triggers, rules, language));
      const classes = spec.classes && (triggered || spec.classes.test.test(file.text)) ? spec.classes : undefined;
      // What a file declares and names is what ties a service to a shared library's entry points
      // (library-reach.ts): read in every parsed file, in files using messaging plumbing's words, and in
      // files handing an address to another package's constructor.
      // A Go command's `package main` too: one module's `cmd/<svc>/main.go` reaches the module's
      // shared code only through what it calls (`app.New(cfg).Run(ctx)`), with no client word of its own.
      // And a cobra or urfave/cli subcommand's file, whose `RunE` is what ties a service started with that subcommand to its code.
      // And a Python module a process may be started at (a Django management command, a `__main__`
      // module): what it calls is what that process runs (core/discovery/python-entries.ts).
      // (Handing off an address is read in Go only: its shapes, `pkg.NewClient(cfg.Addr)` and
      // `Options{HostPort: …}`, are Go's, and looking for them cost every other file a pass.)
      const command = (language === 'go' && (GO_MAIN_PACKAGE.test(file.text) || GO_SUBCOMMAND.test(file.text))) || (language === 'python' && (PYTHON_ENTRY_MODULE.test(file.path) || PYTHON_MAIN_GUARD.test(file.text) || mayDefineCli(file.text)));
      // A Rust crate's public functions and a binary's `main`: a workspace binary reaches a shared crate's
      // code only through what it names (`use external_services::crypto::fingerprint`), whose file may name no client.
      const rustItems = language === 'rust' && RUST_NAMED_ITEMS.test(file.text);
      const beanLookup = (language === 'java' || language === 'kotlin') && SPRING_BEAN_LOOKUP.test(file.text);
      // And a script working a job queue it did not make (`globalEventQueue.process(…)`, `taskQueue.add(…)`
      // on a queue a module of its own made by a factory): which end of the queue each process is (resolve.ts ownFactoryUses).
      const queueWork = (language === 'typescript' || language === 'tsx' || language === 'javascript') && WORKS_QUEUE.test(file.text);
      const declarations = readsDeclarations(language) && (triggered || classes !== undefined || command || rustItems || beanLookup || queueWork || usesPlumbingWords(file.text) || (language === 'go' && handsOffAddress(file.text)));
      // A JavaScript/TypeScript command-line tool's subcommands (node-cli.ts), read even where no client is named;
      // and config classes whose fields' decorators name env vars (ts-config-classes.ts), which other files read.
      const script = language === 'typescript' || language === 'tsx' || language === 'javascript';
      const nodeCli = script && mayDefineNodeCli(file.path, file.text);
      // So are environment classes, whose field initialisers read env vars for importers (ts-env-classes.ts).
      const configClasses = script && (mayDeclareConfigClasses(file.text) || mayDeclareEnvClass(file.text));
      // A predicate helper saying whether a feature is on (flag-helpers.ts), read wherever it is defined.
      const helpers = mayDefineFlagHelpers(file.text, language, file.path);
      // A script using a module of its own only under a switch (a plugin's index registering its client `if (enabled)`: guarded-imports.ts).
      const guards = script && mayGuardImports(file.text);
      const named = spec.names?.accepts(file.path, file.text) === true;
      if (!triggered && !classes && !declarations && !nodeCli && !configClasses && !helpers && !guards && !named) return [];
      let tree: SyntaxTree | undefined;
      let siblings: SyntaxTree[] = [];
      try {
        tree = await context.parse(language, file.text);
        let facts: Fact[] = [];
        let conditionsAt: ((node: SyntaxNode) => FactCondition[]) | undefined;
        // A file using a library's entry points may hand it its settings (`new RabbitMQMessagePublisher(host)`).
        // One search of the tree for the file model and the declarations when both are read.
        // So does C# code registering one implementation or another by a setting (`if (CoreHelpers.SettingHasValue(globalSettings.Mail.Smtp.Host)) services.AddSingleton<…>()`).
        const goBranches = declarations && ((language === 'go' && (GO_SWITCH.test(file.text) || GO_IF.test(file.text))) || (language === 'c_sharp' && CSHARP_IF.test(file.text)));
        const searched = declarations ? tree.rootNode.descendantsOfType([...new Set([...reader.nodeTypes, ...codeNameTypes(language, goBranches)])]).filter((node): node is SyntaxNode => node !== null) : undefined;
        if (triggered || declarations || configClasses || helpers || guards) {
          // A script's imports through tsconfig `paths` aliases (`@server/env`) are the project's own modules.
          const model = buildFileModel(tree.rootNode, reader, language, searched, script ? pathAliasesFor(file.path, context.readFile) : undefined);
          // A Go helper method's calls in the package's other files give its parameters too (go-package-siblings.ts).
          if (language === 'go' && triggered) siblings = await bindSiblingHelperCalls(file.path, file.text, tree.rootNode, model, context);
          const evaluator = new Evaluator(reader, model, spec.table.values);
          // A Go command choosing what to run by a setting (`switch *service { case "orders": … }`):
          // each case reaches only what the services given that value run (code-declarations.ts).
          if (goBranches) {
            const branches = new BranchConditions(evaluator, model.bindings, language);
            conditionsAt = (node) => branches.around(node);
          }
          const emit = (): Fact[] => emitFacts({ model, evaluator, index, rules: context.rules, evidenceAt: context.evidenceAt, path: file.path });
          facts = emit();
          if (guards) facts.push(...guardedImportBindings(tree.rootNode, file.path, new BranchConditions(evaluator, model.bindings, language), context.evidenceAt));
          if (helpers) facts.push(...flagHelperBindings(tree.rootNode, language, file.path, new BranchConditions(evaluator, model.bindings, language), evaluator, context.evidenceAt));
          // `emit` reads the file again, for a family reading its functions once per caller (go-per-variable.ts).
          if (spec.bindings) facts.push(...spec.bindings(model, evaluator, file.path, context.evidenceAt, { root: tree.rootNode, facts, emit }));
          if (spec.routes && triggered && spec.routes.test(file.text)) facts = [...facts, ...spec.routes.read(model, evaluator, context.evidenceAt, file.path)];
          // A client factory's calls (read with `classes`, in files no client's word triggers) hold only under their bean's conditions too.
          if (spec.frameworks && (triggered || classes !== undefined) && spec.frameworks.test(file.text)) facts = spec.frameworks.read({ root: tree.rootNode, model, evaluator, facts, evidenceAt: context.evidenceAt, path: file.path, ...(context.readFile ? { readFile: context.readFile } : {}) });
        }
        if (classes) facts = classes.read(tree.rootNode, facts, context.evidenceAt);
        const names = declarations ? codeNames(tree.rootNode, language, context.evidenceAt, conditionsAt, searched) : undefined;
        // A command-line tool's subcommands, and the processes functions start (python-cli.ts).
        const cli = language === 'python' && mayDefineCli(file.text) ? pythonCliFacts(tree.rootNode, context.evidenceAt) : nodeCli ? nodeCliFacts(file.path, tree.rootNode, context.evidenceAt) : undefined;
        const layout = named && spec.names ? spec.names.read(tree.rootNode, file.path, file.text, context.evidenceAt) : [];
        return [...facts, ...(names ? [names] : []), ...(cli ? [cli] : []), ...layout];
      } catch {
        // A file the grammar or the engine cannot cope with yields no facts rather than stopping the scan.
        return [];
      } finally {
        tree?.delete();
        for (const sibling of siblings) sibling.delete();
      }
    },
  };
}
