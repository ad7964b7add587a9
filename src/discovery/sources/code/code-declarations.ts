/**
 * What a code file declares and names (a CodeNamesFact), read from its syntax tree. A shared
 * library's connections are made by the services that use it, through the entry points they name:
 * `services.UseRabbitMQMessageHandler(config)`, an injected `IMessageHandler`, `new EventPublisher(…)`,
 * `createPublisher()`, `messaging.NewPublisher(…)`. A source sees one file, so it only states
 * the file's declarations (types, free functions, methods, with the names each uses and the
 * types it extends) and the names the file uses; resolution (core/discovery/library-reach.ts)
 * follows a service's names into the libraries it builds in.
 *
 * One walk of the tree finds the declarations, comments and literals; the names are the words of
 * the code outside comments and literals, each added to the innermost declaration holding it. A
 * function nested in a function is part of the outer one (it runs only when that one does).
 */
import { COMMAND_WORDS_KEY, calledMethod, type CodeDeclaration, type CodeNamesFact, type EvidenceAt, type FactCondition } from '../../../core/discovery/facts.js';
import type { CodeLanguage } from '../../code-parser.js';
import type { SyntaxNode } from './code-model.js';
import { field, kids, lineOf, unquote } from './syntax-helpers.js';
import { leaves } from './branch-conditions.js';

/** How one grammar declares types and functions and spells names. */
interface DeclarationSyntax {
  types: ReadonlySet<string>;
  functions: ReadonlySet<string>;
  /** Node types whose text is a name (identifiers, type and member names). */
  names: ReadonlySet<string>;
  /** Comments and string literals: their words are no names. */
  literals: ReadonlySet<string>;
  /** A declaration's name node. */
  nameOf(node: SyntaxNode): SyntaxNode | undefined;
  /** The nodes naming what a type extends or implements. */
  basesOf?(node: SyntaxNode): SyntaxNode[];
  /**
   * Whether a method is called by its own name alone, as a free function is: a C# extension method
   * (`services.UseRabbitMQMessageHandler(config)` names no class). A static method called on its
   * type's name (`EventPublisher.create()`) is reached through the type.
   */
  isFreeStanding?(node: SyntaxNode): boolean;
  /** The type a method belongs to when the method is declared outside it (a Go receiver). */
  receiverOf?(node: SyntaxNode): string | undefined;
  /** Whether a node the `functions` set lists declares a function here (a JS variable holding an arrow does). */
  isFunction?(node: SyntaxNode): boolean;
  /** Constructor names, besides a function named like its type (C#, Java). */
  constructors?: ReadonlySet<string>;
}

const set = (...items: string[]): ReadonlySet<string> => new Set(items);

/** The modifiers of a C# declaration, as words. */
function modifierWords(node: SyntaxNode): Set<string> {
  const words = new Set<string>();
  for (const child of kids(node)) if (child.type === 'modifier') words.add(child.text);
  return words;
}

const CSHARP: DeclarationSyntax = {
  types: set('class_declaration', 'interface_declaration', 'struct_declaration', 'record_declaration', 'record_struct_declaration'),
  functions: set('method_declaration', 'constructor_declaration'),
  names: set('identifier'),
  literals: set('comment', 'string_literal', 'verbatim_string_literal', 'raw_string_literal', 'interpolated_string_expression', 'character_literal'),
  nameOf: (node) => field(node, 'name'),
  basesOf: (node) => {
    const list = field(node, 'bases') ?? kids(node).find((child) => child.type === 'base_list');
    return list ? kids(list).filter((child) => child.type !== 'argument_list') : [];
  },
  isFreeStanding: (node) => {
    const first = kids(field(node, 'parameters') ?? kids(node).find((child) => child.type === 'parameter_list') ?? node).find((child) => child.type === 'parameter');
    return modifierWords(node).has('static') && first !== undefined && kids(first).some((child) => child.type === 'parameter_modifier' && child.text === 'this');
  },
};

const JAVA: DeclarationSyntax = {
  types: set('class_declaration', 'interface_declaration', 'enum_declaration', 'record_declaration'),
  functions: set('method_declaration', 'constructor_declaration'),
  names: set('identifier', 'type_identifier'),
  literals: set('line_comment', 'block_comment', 'string_literal', 'text_block', 'character_literal'),
  nameOf: (node) => field(node, 'name'),
  basesOf: (node) =>
    kids(node)
      .filter((child) => child.type === 'superclass' || child.type === 'super_interfaces' || child.type === 'extends_interfaces')
      .flatMap((child) => kids(child).flatMap((inner) => (inner.type === 'type_list' ? kids(inner) : [inner]))),
};

const KOTLIN: DeclarationSyntax = {
  types: set('class_declaration', 'object_declaration'),
  functions: set('function_declaration'),
  names: set('simple_identifier', 'type_identifier'),
  literals: set('line_comment', 'multiline_comment', 'comment', 'string_literal', 'character_literal'),
  nameOf: (node) => kids(node).find((child) => child.type === 'type_identifier' || child.type === 'simple_identifier'),
  basesOf: (node) => kids(node).filter((child) => child.type === 'delegation_specifier'),
};

/** `export const api = new NetworkApi()`: a module's instance other modules import by name. */
function isExportedInstance(node: SyntaxNode): boolean {
  return node.type === 'variable_declarator' && field(node, 'value')?.type === 'new_expression' && node.parent?.parent?.type === 'export_statement';
}

const SCRIPT: DeclarationSyntax = {
  types: set('class_declaration', 'abstract_class_declaration', 'interface_declaration'),
  functions: set('function_declaration', 'generator_function_declaration', 'method_definition', 'variable_declarator'),
  names: set('identifier', 'type_identifier', 'property_identifier', 'shorthand_property_identifier'),
  literals: set('comment', 'string', 'template_string', 'regex'),
  nameOf: (node) => field(node, 'name'),
  basesOf: (node) => {
    const heritage = kids(node).find((child) => child.type === 'class_heritage' || child.type === 'extends_type_clause');
    if (!heritage) return [];
    const clauses = heritage.type === 'extends_type_clause' ? [heritage] : kids(heritage);
    return clauses.flatMap((clause) => (clause.type === 'extends_clause' || clause.type === 'implements_clause' || clause.type === 'extends_type_clause' ? kids(clause) : [clause]));
  },
  // `export const createPublisher = (url) => …`: a module's function held in a variable. A
  // module's exported singleton (`export const api = new NetworkApi()`) is declared like one, as
  // Go's package-level var is: a service naming `api` reaches the class, then the methods it calls.
  // An unexported one stays the file's top-level code, made when anything of the file is reached.
  isFunction: (node) => node.type !== 'variable_declarator' || ['arrow_function', 'function_expression', 'function'].includes(field(node, 'value')?.type ?? '') || isExportedInstance(node),
  constructors: set('constructor'),
};

const PYTHON: DeclarationSyntax = {
  types: set('class_definition'),
  functions: set('function_definition'),
  names: set('identifier'),
  literals: set('comment', 'string'),
  nameOf: (node) => field(node, 'name'),
  basesOf: (node) => kids(field(node, 'superclasses') ?? node).filter((child) => child.type === 'identifier' || child.type === 'attribute'),
  constructors: set('__init__'),
};

const GO: DeclarationSyntax = {
  types: set('type_spec'),
  // A package-level `var Default = NewClient(config.RegistryURL())` is declared like a function: a
  // package naming `registry.Default` reaches what its initialiser names (the constructor, the
  // type, then the methods called on it). A `var` inside a function is part of the function.
  functions: set('function_declaration', 'method_declaration', 'var_spec'),
  names: set('identifier', 'type_identifier', 'field_identifier'),
  literals: set('comment', 'interpreted_string_literal', 'raw_string_literal', 'rune_literal'),
  nameOf: (node) => field(node, 'name'),
  receiverOf: (node) => {
    if (node.type !== 'method_declaration') return undefined;
    const receiver = kids(field(node, 'receiver') ?? node).find((child) => child.type === 'parameter_declaration');
    const type = receiver ? field(receiver, 'type') : undefined;
    return type?.text.replace(/^\*/, '').replace(/\[[\s\S]*$/, '');
  },
};

/** The type an `impl` block is for (`impl RedisPool`, `impl<T> Store for KvStore<T>` → `KvStore`). */
function rustImplType(node: SyntaxNode): string | undefined {
  const block = node.parent?.type === 'declaration_list' ? node.parent.parent : undefined;
  const type = block?.type === 'impl_item' ? field(block, 'type') : undefined;
  return type ? headName(type) : undefined;
}

/**
 * Rust: structs, enums and traits are types; a function of an `impl` block is a method of the
 * type the block is for, wherever the block is (as a Go receiver), and an associated `new` its
 * constructor. A workspace crate's code is then reached from what each binary names
 * (`RedisConnectionPool::new`, `redis_conn.stream_read_with_options(…)`, `use external_services::crypto::fingerprint`),
 * not all of it through the Cargo.toml's path dependency.
 */
const RUST: DeclarationSyntax = {
  types: set('struct_item', 'enum_item', 'trait_item', 'union_item'),
  functions: set('function_item'),
  names: set('identifier', 'type_identifier', 'field_identifier'),
  literals: set('line_comment', 'block_comment', 'string_literal', 'raw_string_literal', 'char_literal'),
  nameOf: (node) => field(node, 'name'),
  receiverOf: (node) => (node.type === 'function_item' ? rustImplType(node) : undefined),
  constructors: set('new', 'default'),
};

const SYNTAX: Partial<Record<CodeLanguage, DeclarationSyntax>> = {
  rust: RUST,
  c_sharp: CSHARP,
  java: JAVA,
  kotlin: KOTLIN,
  groovy: JAVA,
  typescript: SCRIPT,
  tsx: SCRIPT,
  javascript: SCRIPT,
  python: PYTHON,
  go: GO,
};

/** Whether the language's declarations are read. */
export function readsDeclarations(language: CodeLanguage): boolean {
  return SYNTAX[language] !== undefined;
}

/** `Publisher<OrderEvent>` → `Publisher`, `base.Listener` → `Listener`, `IConsumer[T]` → `IConsumer`. */
function headName(node: SyntaxNode): string | undefined {
  const text = node.text.replace(/[<([][\s\S]*$/, '').trim();
  const name = text.split(/\.|::/).pop()?.trim();
  return name && /^[A-Za-z_$][\w$]*$/.test(name) ? name : undefined;
}

/** Keywords of the languages read: words of the code that are no names. */
const KEYWORDS = new Set(
  ('abstract as async await break case catch class const continue def default delete do elif else enum export extends false final finally for from func function get go ' +
    'if implements import in instanceof interface internal is lambda let namespace new nil not null object or override package pass private protected public raise readonly ' +
    'record return sealed set static struct super switch this throw throws true try type typeof using val var virtual void when where while with yield fun override async')
    .split(' '),
);

/** Words no code declares, which every file uses. */
const NOISE = new Set(['self', 'this', 'cls', 'super', 'base', 'var', 'let', 'const', 'nil', 'null', 'None', 'true', 'false', 'err', 'ctx', 'string', 'int', 'bool']);

interface Open {
  declaration: CodeDeclaration;
  node: SyntaxNode;
  references: Set<string>;
  end: number;
}

/**
 * A Go file's own package and the names its imports are used under (alias, else the path's last
 * segment without a version), with the import path of each.
 */
function goPackages(root: SyntaxNode): { own?: string; imported: Set<string>; paths: Record<string, string> } {
  const clause = root.descendantsOfType('package_clause')[0];
  const own = clause ? kids(clause).find((child) => child.type === 'package_identifier')?.text : undefined;
  const imported = new Set<string>();
  const paths: Record<string, string> = {};
  for (const spec of root.descendantsOfType('import_spec')) {
    if (!spec) continue;
    const alias = field(spec, 'name')?.text;
    const path = field(spec, 'path')?.text.replace(/^["`]|["`]$/g, '') ?? '';
    const segments = path.split('/').filter((segment) => !/^v\d+$/.test(segment));
    // `…/pkg/sdk/go` is package `sdk`: `go` is a keyword, no package's name (go-reader.ts, defaultPackageName).
    if (segments.length > 1 && segments[segments.length - 1] === 'go') segments.pop();
    const last = (segments[segments.length - 1] ?? '').replace(/\.v\d+$/, '').replace(/^go-|-go$/g, '');
    const name = alias ?? last;
    if (name && name !== '_' && name !== '.') {
      imported.add(name);
      if (path) paths[name] = path;
    }
  }
  return { ...(own ? { own } : {}), imported, paths };
}

/**
 * Go's switch cases and `if`s: a case of a switch on a setting is a branch of its own, and so are an
 * `if`'s block, its `else` (an `else if` chain nested in it) and, after a guard whose block always
 * leaves (`if cfg.QueueType == "redis" { return … }`), the rest of the block around it (see codeNames).
 */
const GO_BRANCHES: ReadonlySet<string> = new Set(['expression_case', 'default_case', 'if_statement']);
/** C#'s `if`, whose branch and `else` (an `else if` chain nested in it) are branches of their own (see codeNames). */
const CSHARP_IFS: ReadonlySet<string> = new Set(['if_statement']);

/** The node types whose branches are declarations of their own, in a language whose branches are read. */
function branchTypes(language: CodeLanguage): ReadonlySet<string> | undefined {
  return language === 'go' ? GO_BRANCHES : language === 'c_sharp' ? CSHARP_IFS : undefined;
}

/** A cobra or urfave/cli command's type (`cobra.Command`, `*cli.Command`, a slice of them). */
const GO_COMMAND_TYPE = /^(?:\[\])?\*?(?:cobra|cli)\.Command$/;
/** Fields of a command holding what it runs. */
const GO_COMMAND_RUNS = /^(?:Run|RunE|PreRun|PreRunE|Action|Before)$/;

/** A keyed element's key and value nodes (`Use: "orders"`). */
function keyedElement(node: SyntaxNode): { key: string; value: SyntaxNode } | undefined {
  const [key, value] = kids(node).filter((child) => child.type !== 'comment');
  const name = key?.type === 'literal_element' ? kids(key)[0] : key;
  const held = value?.type === 'literal_element' ? kids(value)[0] : value;
  return name && held && (name.type === 'identifier' || name.type === 'field_identifier') ? { key: name.text, value: held } : undefined;
}

/**
 * The subcommands a Go file declares (cobra `&cobra.Command{Use: "orders", RunE: …}`, urfave/cli
 * `[]*cli.Command{{Name: "orders", Action: …}}`): each command's literal, with the word that runs
 * it and the variable holding it (the root command, whose `Execute` the file calls, is none).
 */
function goSubcommands(root: SyntaxNode): Map<number, { node: SyntaxNode; word: string; variable?: string }> {
  const found = new Map<number, { node: SyntaxNode; word: string; variable?: string }>();
  const text = root.text;
  for (const literal of root.descendantsOfType('composite_literal')) {
    const type = literal ? field(literal, 'type') : undefined;
    const body = literal ? field(literal, 'body') : undefined;
    if (!literal || !type || !body || !GO_COMMAND_TYPE.test(type.text.replace(/\s+/g, ''))) continue;
    // `[]*cli.Command{{…}, {…}}`: each element is a command.
    const bodies = type.type === 'slice_type' ? kids(body).flatMap((element) => kids(element).filter((child) => child.type === 'literal_value')) : [body];
    for (const command of bodies) {
      const fields = kids(command).filter((child) => child.type === 'keyed_element').map(keyedElement);
      const named = fields.find((item) => item?.key === 'Use' || item?.key === 'Name')?.value;
      const word = named && /string_literal$/.test(named.type) ? unquote(named.text).trim().split(/\s+/)[0] : undefined;
      if (!word || !fields.some((item) => item !== undefined && GO_COMMAND_RUNS.test(item.key))) continue;
      // `var ordersCmd = &cobra.Command{…}`, `ordersCmd := …`: the variable the command is added by.
      let holder: SyntaxNode | null = literal.parent;
      if (holder?.type === 'unary_expression') holder = holder.parent;
      if (holder?.type === 'expression_list') holder = holder.parent;
      const variable = holder && (holder.type === 'var_spec' || holder.type === 'short_var_declaration') && type.type !== 'slice_type' ? (field(holder, holder.type === 'var_spec' ? 'name' : 'left')?.text.trim() ?? '') : '';
      const single = /^[A-Za-z_]\w*$/.test(variable) ? variable : undefined;
      if (single && new RegExp(`\\b${single}\\.Execute(?:Context|C)?\\(`).test(text)) continue;
      found.set(command.startIndex, { node: command, word, ...(single ? { variable: single } : {}) });
    }
  }
  return found;
}

/** The name C# compiles a file's top-level statements to (`Program.<Main>$`): no code can name it. */
const CSHARP_TOP_LEVEL_MAIN = '<Main>$';

/** A C# file's top-level statements, first and last, when one of them is an `if` (else undefined: nothing to branch). */
function csharpTopLevelProgram(root: SyntaxNode): { first: SyntaxNode; last: SyntaxNode } | undefined {
  const statements = root.namedChildren.filter((node): node is SyntaxNode => node !== null && node.type === 'global_statement');
  const [first] = statements;
  const last = statements[statements.length - 1];
  return first && last && statements.some((statement) => statement.namedChildren[0]?.type === 'if_statement') ? { first, last } : undefined;
}

/** The name a branch of a declaration is declared and referenced under: `main.main#case@31`. */
export function branchName(holder: string, line: number): string {
  return `${holder}#case@${line}`;
}

/**
 * The node types codeNames looks at in a file of `language` (with a Go switch's cases when it reads
 * branches): asked for with the file model's in one search of the tree when both are read
 * (code-source.ts), since each search of a tree costs about a third of parsing it.
 */
export function codeNameTypes(language: CodeLanguage, branches: boolean): ReadonlySet<string> {
  const syntax = SYNTAX[language];
  if (!syntax) return new Set();
  return new Set([...syntax.types, ...syntax.functions, ...syntax.literals, ...(branches ? (branchTypes(language) ?? []) : [])]);
}

/**
 * What a file declares and names; undefined for a language whose declarations are not read.
 * `conditionsAt` (the settings code at a node runs under, branch-conditions.ts) makes each case of
 * a Go `switch` on a setting a declaration of its own, holding its conditions and referenced by
 * the function around it: `case "orders": orders.Run(cfg)` reaches `orders.Run` only for the
 * services whose `--service` (or env var) is `orders`.
 */
export function codeNames(root: SyntaxNode, language: CodeLanguage, evidenceAt: EvidenceAt, conditionsAt?: (node: SyntaxNode) => FactCondition[], searched?: readonly SyntaxNode[]): CodeNamesFact | undefined {
  const syntax = SYNTAX[language];
  if (!syntax) return undefined;
  const declarations: Open[] = [];
  const uses = new Map<string, number>();
  const declared = new Set<string>();
  const nameAt = new Set<number>();
  // Go names what another package declares by the package (`customer.NewClient`): declarations are
  // named `package.Name` and uses qualified the same way, so that `driver.NewServer` does not reach
  // `route.NewServer` of the same module.
  const go = language === 'go' ? goPackages(root) : undefined;
  const qualify = (name: string): string => (go?.own ? `${go.own}.${name}` : name);

  // The grammar's own search hands back the nodes of the types asked for in document order, far
  // cheaper than visiting every node from JavaScript; declarations and names are then merged by
  // position, a stack holding the declarations open at each point.
  const present = (list: (SyntaxNode | null)[]): SyntaxNode[] => list.filter((node): node is SyntaxNode => node !== null);
  // One walk of the tree for declarations, comments and literals: each walk costs about a third of parsing.
  const branches = conditionsAt ? branchTypes(language) : undefined;
  const wanted = codeNameTypes(language, branches !== undefined);
  let found = searched ? searched.filter((node) => wanted.has(node.type)) : present(root.descendantsOfType([...wanted]));
  // A C# or Go `if` gives its branch and its `else` in its place: each a branch of its own, under its conditions.
  const ifBranches = new Set<number>();
  // A Go guard that always leaves (`if cfg.QueueType == "redis" { return … }`) makes the rest of its
  // block a branch too, run when the guard's test fails: the statement after it, open to the block's end.
  const rests = new Map<number, SyntaxNode>();
  if (branches?.has('if_statement')) {
    found = found.flatMap((node) => {
      if (node.type !== 'if_statement') return [node];
      const parts = [node.childForFieldName('consequence'), node.childForFieldName('alternative')].filter((part): part is SyntaxNode => part !== null);
      for (const part of parts) ifBranches.add(part.id);
      const consequence = node.childForFieldName('consequence');
      if (go && consequence && !node.childForFieldName('alternative') && leaves(consequence)) {
        let next = node.nextNamedSibling;
        while (next?.type === 'comment') next = next.nextNamedSibling;
        if (next && node.parent) {
          rests.set(next.id, node.parent);
          parts.push(next);
        }
      }
      return parts;
    });
    // A statement both after a guard and a branch of its own (a guard's `else if`) is read once, as the branch.
    // (By a set of ids: a lookup per node would be quadratic in the nodes of a large file.)
    const seen = new Set<number>();
    found = found.filter((node) => {
      if (seen.has(node.id)) return false;
      seen.add(node.id);
      return true;
    });
    found.sort((left, right) => left.startIndex - right.startIndex);
  }
  // A cobra or urfave/cli subcommand runs where the command line names it: a declaration of its own.
  const subcommands = go && root.text.includes('.Command{') ? goSubcommands(root) : undefined;
  const candidates = found.filter((node) => !syntax.literals.has(node.type));
  if (subcommands && subcommands.size > 0) {
    candidates.push(...[...subcommands.values()].map((command) => command.node));
    candidates.sort((left, right) => left.startIndex - right.startIndex);
  }
  const stack: Open[] = [];
  // C#'s top-level statements (a Program.cs without a class) choosing registrations by configuration
  // (`if (config.GetValue<bool>("Features:X")) builder.Services.AddSingleton<IEmailSender, SendGridEmailSender>()`):
  // the program is a function of its own, its compiled name, for its `if`s to be branches of.
  const main = branches?.has('if_statement') && language === 'c_sharp' ? csharpTopLevelProgram(root) : undefined;
  if (main) {
    const declaration: CodeDeclaration = { name: CSHARP_TOP_LEVEL_MAIN, kind: 'function', references: [], line: lineOf(main.first), endLine: main.last.endPosition.row + 1 };
    const opened: Open = { declaration, node: main.first, references: new Set(), end: main.last.endIndex };
    declarations.push(opened);
    stack.push(opened);
    declared.add(CSHARP_TOP_LEVEL_MAIN);
  }
  const close = (position: number): void => {
    while (stack.length > 0 && (stack[stack.length - 1] as Open).end <= position) stack.pop();
  };
  let next = 0;
  const openUpTo = (position: number): void => {
    for (; next < candidates.length && (candidates[next] as SyntaxNode).startIndex <= position; next += 1) {
      const node = candidates[next] as SyntaxNode;
      close(node.startIndex);
      const inner = stack[stack.length - 1];
      const subcommand = node.type === 'literal_value' ? subcommands?.get(node.startIndex) : undefined;
      if (subcommand) {
        // Named like its variable (`rootCmd.AddCommand(ordersCmd)` in an `init` names it), else a branch of the function around it.
        const name = subcommand.variable !== undefined ? qualify(subcommand.variable) : inner ? branchName(inner.declaration.name, lineOf(node)) : undefined;
        if (name === undefined) continue;
        const conditions: FactCondition[] = [{ key: COMMAND_WORDS_KEY, test: { word: subcommand.word } }];
        const declaration: CodeDeclaration = { name, kind: 'function', references: [], line: lineOf(node), endLine: node.endPosition.row + 1, conditions };
        if (inner) inner.references.add(name);
        declared.add(name);
        const opened: Open = { declaration, node, references: new Set(), end: node.endIndex };
        declarations.push(opened);
        stack.push(opened);
        continue;
      }
      const block = ifBranches.has(node.id) ? undefined : rests.get(node.id);
      if (ifBranches.has(node.id) || block || (go && branches?.has(node.type))) {
        // A case of a switch on a setting, inside a function: a declaration of its own, run under its conditions.
        const statement = ifBranches.has(node.id) || block ? node : node.namedChildren.filter((child) => child !== null && child.type !== 'comment' && child.id !== node.childForFieldName('value')?.id).pop();
        const conditions = inner?.declaration.kind === 'function' && statement && conditionsAt ? conditionsAt(statement) : [];
        if (!inner || conditions.length === 0) continue;
        // The rest after a guard runs under the guard's failed test: one it cannot read adds nothing to the block's own conditions.
        if (block && conditionsAt && conditions.length <= conditionsAt(block).length) continue;
        const end = block ? block.endIndex : node.endIndex;
        const declaration: CodeDeclaration = { name: branchName(inner.declaration.name, lineOf(node)), kind: 'function', references: [], line: lineOf(node), endLine: (block ?? node).endPosition.row + 1, conditions };
        inner.references.add(declaration.name);
        const opened: Open = { declaration, node, references: new Set(), end };
        declarations.push(opened);
        stack.push(opened);
        continue;
      }
      const isType = syntax.types.has(node.type);
      // A function inside a function is part of it; one in a type or at the top is a declaration.
      const isFunction = !isType && (syntax.isFunction?.(node) ?? true) && (inner === undefined || inner.declaration.kind === 'type' || inner.declaration.name === CSHARP_TOP_LEVEL_MAIN);
      if (!isType && !isFunction) continue;
      const nameNode = syntax.nameOf(node);
      const bare = nameNode ? headName(nameNode) : undefined;
      if (!nameNode || !bare) continue;
      nameAt.add(nameNode.startIndex);
      const holder = inner?.declaration.kind === 'type' ? inner : undefined;
      const receiver = syntax.receiverOf?.(node);
      const parent = receiver !== undefined ? qualify(receiver) : holder?.declaration.name;
      // A Go method keeps its bare name (`s.customers.Get` names it); its type and free functions are qualified.
      const name = go && receiver === undefined ? qualify(bare) : bare;
      const declaration: CodeDeclaration = { name, kind: isType ? 'type' : 'function', references: [], line: lineOf(node), endLine: node.endPosition.row + 1 };
      if (isType) {
        const bases = (syntax.basesOf?.(node) ?? []).map(headName).filter((base): base is string => base !== undefined && base !== name);
        if (bases.length > 0) declaration.bases = [...new Set(bases)];
      } else {
        if (parent) declaration.parent = parent;
        if (parent === undefined || syntax.isFreeStanding?.(node)) declaration.static = true;
        if (parent !== undefined && (name === parent || syntax.constructors?.has(name) || node.type === 'constructor_declaration')) declaration.initialiser = true;
        // What a C# or Java constructor is given, by type (a typed HTTP client takes an `HttpClient`; core/discovery/typed-clients.ts).
        if (node.type === 'constructor_declaration') {
          const takes = constructorParameterTypes(node);
          if (takes.length > 0) declaration.takes = takes;
        }
        // A Spring `@Bean` method: the type it makes and what it is given (core/discovery/typed-clients.ts).
        if (node.type === 'method_declaration' || (node.type === 'function_declaration' && language === 'kotlin')) {
          const bean = beanMethod(node);
          if (bean) {
            declaration.provides = bean.provides;
            if (bean.takes.length > 0) declaration.takes = bean.takes;
          }
        }
        if (node.type === 'variable_declarator' && isExportedInstance(node)) declaration.instance = true;
      }
      declared.add(name);
      const opened: Open = { declaration, node, references: new Set(), end: node.endIndex };
      declarations.push(opened);
      stack.push(opened);
    }
  };

  // The names are the words of the code outside comments and literals, which the tree locates:
  // asking the tree for every identifier costs more than parsing does (each node is made in
  // JavaScript), and the words between are the identifiers, keywords aside.
  const text = root.text;
  const literals = found.filter((node) => syntax.literals.has(node.type));
  let literal = 0;
  let line = 1;
  let counted = 0;
  const word = /[A-Za-z_$][\w$]*/g;
  for (let found = word.exec(text); found; found = word.exec(text)) {
    const at = found.index;
    while (literal < literals.length && (literals[literal] as SyntaxNode).endIndex <= at) literal += 1;
    const inside = literals[literal];
    if (inside && inside.startIndex <= at) {
      word.lastIndex = inside.endIndex;
      continue;
    }
    let name = found[0];
    let also: string | undefined;
    if (go) {
      const selected = text.charCodeAt(at - 1) === 46 /* . */;
      const member = selected ? undefined : /^\.([A-Za-z_]\w*)/.exec(text.slice(at + name.length, at + name.length + 120));
      if (member && go.imported.has(name)) {
        // `customer.NewClient`: one name, the package's; the member word is not read again.
        name = `${name}.${member[1] as string}`;
        word.lastIndex = at + name.length;
      } else if (!selected && !go.imported.has(name)) also = qualify(name);
    }
    if (name.length < 2 || NOISE.has(name) || KEYWORDS.has(name)) continue;
    openUpTo(at);
    close(at);
    if (nameAt.has(at)) continue;
    // `queue.process(…)`: a method called on a value, which a library's queue factory leaves to its caller (library-reach.ts).
    if (text.charCodeAt(at - 1) === 46 /* . */ && /^\s*\(/.test(text.slice(at + found[0].length, at + found[0].length + 8))) {
      const method = calledMethod(found[0]);
      if (!uses.has(method)) {
        for (; counted < at; counted += 1) if (text.charCodeAt(counted) === 10) line += 1;
        uses.set(method, line);
      }
    }
    for (const each of also !== undefined && also !== name ? [name, also] : [name]) {
      stack[stack.length - 1]?.references.add(each);
      if (!uses.has(each)) {
        for (; counted < at; counted += 1) if (text.charCodeAt(counted) === 10) line += 1;
        uses.set(each, line);
      }
    }
  }
  // Declarations after the last word (none in practice).
  openUpTo(Number.MAX_SAFE_INTEGER);

  const used: Record<string, number> = {};
  for (const [name, line] of [...uses].sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))) if (!declared.has(name)) used[name] = line;
  return {
    type: 'code-names',
    declarations: declarations.map(({ declaration, references }) => ({ ...declaration, references: [...references].filter((name) => name !== declaration.name).sort() })),
    uses: used,
    ...(go?.own ? { go: { package: go.own, imports: go.paths } } : {}),
    evidence: evidenceAt(1),
  };
}

/** The types of a constructor's parameters as written, last segment, type arguments removed: `IOptions<X> o` → `IOptions`. */
function constructorParameterTypes(node: SyntaxNode): string[] {
  const list = node.childForFieldName('parameters') ?? node.namedChildren.find((child) => child?.type === 'parameter_list' || child?.type === 'formal_parameters');
  const types: string[] = [];
  for (const parameter of list?.namedChildren ?? []) {
    const type = parameter?.childForFieldName('type')?.text.replace(/<.*$/s, '').replace(/\?$/, '').trim();
    const last = type?.split('.').pop();
    if (last) types.push(last);
  }
  return types;
}

/** The last segment of a written type, type arguments and nullability removed: `RestClient.Builder` → `Builder`. */
function typeName(text: string | undefined): string | undefined {
  return text?.replace(/<.*$/s, '').replace(/\?$/, '').trim().split('.').pop() || undefined;
}

/**
 * A Java or Kotlin method annotated `@Bean`: the type it returns (`RestClient`) and its
 * parameters' types (beans Spring injects into it). Undefined for any other method.
 */
function beanMethod(node: SyntaxNode): { provides: string; takes: string[] } | undefined {
  const modifiers = node.namedChildren.find((child) => child?.type === 'modifiers');
  const annotated = (modifiers?.namedChildren ?? []).some((child) => child !== null && /^@(?:[\w.]*\.)?Bean\b/.test(child.text));
  if (!annotated) return undefined;
  if (node.type === 'method_declaration') {
    const provides = typeName(node.childForFieldName('type')?.text);
    return provides ? { provides, takes: constructorParameterTypes(node) } : undefined;
  }
  // Kotlin: `fun name(params): Type`, the return type a direct child after the parameters.
  const provides = typeName(node.namedChildren.find((child) => child?.type === 'user_type' || child?.type === 'nullable_type')?.text);
  if (!provides) return undefined;
  const parameters = node.namedChildren.find((child) => child?.type === 'function_value_parameters');
  const takes: string[] = [];
  for (const parameter of parameters?.namedChildren ?? []) {
    if (parameter?.type !== 'parameter') continue;
    const type = typeName(parameter.namedChildren.find((child) => child?.type === 'user_type' || child?.type === 'nullable_type')?.text);
    if (type) takes.push(type);
  }
  return { provides, takes };
}
