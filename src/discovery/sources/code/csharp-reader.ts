/**
 * The C# reader: invocations with named arguments, `new` with object initializers
 * (`new HttpClient { BaseAddress = … }`), attributes, class bases (gRPC `XxxBase`, MassTransit
 * `IConsumer<T>`), member assignments as sites (`c.BaseAddress = new Uri(…)` configures a client,
 * often inside an `AddHttpClient` lambda), `configuration["Key"]` reads, and declarations.
 */
import { baseArgumentName } from '../../../core/discovery/base-constructors.js';
import { CONFIGURATION_ROOT } from '../../../core/discovery/facts.js';
import type { CallSite, FileModel, LanguageReader, Shape, SyntaxNode } from './code-model.js';
import { allKids, bind, compact, field, kids, lambdaDeclares, lineOf, makeSite, once, typeName, unescape, unquote } from './syntax-helpers.js';

const WRAPPERS = new Set(['await_expression', 'parenthesized_expression', 'postfix_unary_expression', 'checked_expression']);

/** The callee of a call as names only (calls in a chain contribute their name; type arguments are dropped). */
function calleeText(node: SyntaxNode | undefined): string {
  if (!node) return '?';
  switch (node.type) {
    case 'identifier':
    case 'this_expression':
    case 'this':
    case 'base_expression':
    case 'predefined_type':
      return node.text;
    case 'generic_name':
      return kids(node)[0]?.text ?? '?';
    case 'qualified_name':
    case 'alias_qualified_name':
      return typeName(node.text);
    case 'member_access_expression':
      return `${calleeText(field(node, 'expression'))}.${calleeText(field(node, 'name'))}`;
    case 'invocation_expression':
      return calleeText(field(node, 'function'));
    case 'object_creation_expression':
      return calleeText(field(node, 'type'));
    default:
      return WRAPPERS.has(node.type) ? calleeText(kids(node)[0]) : '?';
  }
}

/** The type arguments of a generic name (`MapGrpcService<CartService>` → `CartService`). */
function typeArgumentsOf(node: SyntaxNode | undefined): string[] {
  if (!node) return [];
  const name = node.type === 'member_access_expression' ? field(node, 'name') : node;
  if (name?.type !== 'generic_name') return [];
  const list = kids(name).find((child) => child.type === 'type_argument_list');
  return list ? kids(list).map((arg) => typeName(arg.text)) : [];
}

/** Arguments: positional, and named (`routingKey: "q"`, `Name = "x"` in attributes) by lower-cased name. */
function argumentsOf(list: SyntaxNode | undefined): { args: SyntaxNode[]; named: Map<string, SyntaxNode> } {
  const args: SyntaxNode[] = [];
  const named = new Map<string, SyntaxNode>();
  for (const argument of list ? kids(list) : []) {
    if (argument.type !== 'argument' && argument.type !== 'attribute_argument') continue;
    const parts = kids(argument);
    const label = parts.find((part) => part.type === 'name_colon' || part.type === 'name_equals');
    const value = parts.filter((part) => part !== label).pop();
    if (!value) continue;
    if (label) named.set((kids(label)[0]?.text ?? '').toLowerCase(), value);
    else args.push(value);
  }
  return { args, named };
}

/** The members an object initializer sets (`{ BaseAddress = …, BootstrapServers = … }`). */
function initializerOf(node: SyntaxNode | undefined): Map<string, SyntaxNode> {
  const named = new Map<string, SyntaxNode>();
  for (const child of node ? kids(node) : []) {
    if (child.type !== 'assignment_expression') continue;
    const left = field(child, 'left');
    const right = field(child, 'right');
    if (left?.type === 'identifier' && right) named.set(left.text.toLowerCase(), right);
  }
  return named;
}

/** The name a declaration or assignment target binds. */
function targetName(node: SyntaxNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'identifier') return node.text;
  if (node.type === 'member_access_expression') return field(node, 'name')?.text;
  return undefined;
}

/**
 * The class a constant field belongs to (`const`, or `static readonly`), which other files name it
 * by; undefined for other declarations.
 */
function constantOwner(declaration: SyntaxNode): string | undefined {
  const fieldNode = declaration.parent;
  if (fieldNode?.type !== 'field_declaration') return undefined;
  const modifiers = new Set(kids(fieldNode).filter((child) => child.type === 'modifier').map((child) => child.text));
  if (!modifiers.has('const') && !(modifiers.has('static') && modifiers.has('readonly'))) return undefined;
  const owner = fieldNode.parent?.parent;
  return owner && (owner.type === 'class_declaration' || owner.type === 'struct_declaration' || owner.type === 'record_declaration' || owner.type === 'interface_declaration') ? field(owner, 'name')?.text : undefined;
}

/**
 * The name a constructor parameter is bound under, `init:RabbitMQMessagePublisher#0` (by
 * position): whoever constructs the class gives it, often in another file of a shared library
 * (an extension method reading `config.GetSection("RabbitMQPublisher")["Host"]` and calling
 * `new RabbitMQMessagePublisher(host, …)`), and the service the library is built into decides the value.
 */
function constructorParameter(parameter: SyntaxNode): string | undefined {
  const list = parameter.parent;
  const constructor = list?.parent;
  if (list?.type !== 'parameter_list' || constructor?.type !== 'constructor_declaration') return undefined;
  const className = field(constructor, 'name')?.text;
  const index = kids(list).filter((child) => child.type === 'parameter').findIndex((child) => child.id === parameter.id);
  return className && index >= 0 ? `init:${className}#${index}` : undefined;
}

/**
 * Binds the arguments of `new RabbitMQMessagePublisher(host, exchange)` to the class's constructor
 * parameters by position, for this file and the others of its folder; the first construction read
 * wins. Framework classes are bound too (nothing reads their parameters), which costs only unused bindings.
 */
function bindConstruction(node: SyntaxNode, model: FileModel): void {
  const className = calleeText(field(node, 'type')).split('.').pop();
  if (!className || !TYPE_LIKE.test(className)) return;
  argumentsOf(field(node, 'arguments')).args.forEach((arg, index) => {
    const name = `init:${className}#${index}`;
    bind(model.bindings, name, arg);
    if (!model.shared.has(name)) model.shared.set(name, { value: arg, at: arg });
  });
}

/**
 * Binds the arguments of a constructor's `: base(…)` to the base class's constructor parameters,
 * by position, under a name of the subclass's own (`base:NotificationsPushEngine>BaseClientService#1`,
 * BASE_ARGUMENT_KEY): each subclass gives the base class its own values (its own server address),
 * so they are kept apart, and base-constructors.ts makes the base class's connections once per
 * subclass, where the subclass is built. The base class is the first of the class's bases (C#
 * lists it before the interfaces); `: this(…)` calls another constructor of the class itself.
 */
function bindBaseConstruction(node: SyntaxNode, model: FileModel): void {
  if (!/^:?\s*base\b/.test(node.text)) return;
  const constructor = node.parent;
  const owner = constructor?.type === 'constructor_declaration' ? constructor.parent?.parent : undefined;
  if (!owner || (owner.type !== 'class_declaration' && owner.type !== 'record_declaration')) return;
  const subclass = field(owner, 'name')?.text;
  const list = field(owner, 'bases') ?? kids(owner).find((child) => child.type === 'base_list');
  const first = list ? kids(list).find((child) => child.type !== 'argument_list') : undefined;
  const base = first ? calleeText(first).replace(/<.*$/, '').split('.').pop() : undefined;
  if (!subclass || !base || !TYPE_LIKE.test(base)) return;
  // Of two constructors calling the base class's, the first written gives the argument.
  argumentsOf(kids(node).find((child) => child.type === 'argument_list')).args.forEach((arg, index) => {
    const name = baseArgumentName(subclass, base, index);
    if (!model.shared.has(name)) model.shared.set(name, { value: arg, at: arg });
  });
}

/** The method, constructor, lambda or accessor holding a node: where its locals are declared. */
function enclosingBody(node: SyntaxNode): SyntaxNode | undefined {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (['method_declaration', 'constructor_declaration', 'local_function_statement', 'accessor_declaration', 'compilation_unit'].includes(parent.type)) return parent;
  }
  return undefined;
}

/**
 * The configuration section an expression stands for: `config.GetSection("RabbitMQ")` → `RabbitMQ`,
 * `config.GetSection("A").GetSection("B")` → `A:B`, and a local holding one
 * (`var section = config.GetSection("RabbitMQPublisher"); section["Host"]`), found among the
 * declarations of the same method; undefined for anything else.
 */
function sectionPath(node: SyntaxNode | undefined, depth = 0): string | undefined {
  if (!node || depth > 4) return undefined;
  if (node.type === 'invocation_expression' && /\.(?:GetSection|GetRequiredSection)$/.test(calleeText(field(node, 'function')))) {
    const section = sectionName(argumentsOf(field(node, 'arguments')).args[0]);
    if (section === undefined) return undefined;
    const fn = field(node, 'function');
    const outer = fn?.type === 'member_access_expression' ? sectionPath(field(fn, 'expression'), depth + 1) : undefined;
    return outer ? `${outer}:${section}` : section;
  }
  if (node.type !== 'identifier') return undefined;
  const body = enclosingBody(node);
  for (const declarator of body ? body.descendantsOfType('variable_declarator') : []) {
    const [name, clause] = declarator ? kids(declarator) : [];
    if (name?.text !== node.text || clause?.type !== 'equals_value_clause') continue;
    return sectionPath(kids(clause)[0], depth + 1);
  }
  return undefined;
}

/** A section's name as written: a literal (`"Services"`) or `nameof(ServiceUris)`. */
function sectionName(node: SyntaxNode | undefined): string | undefined {
  if (node?.type === 'string_literal' || node?.type === 'verbatim_string_literal') return unquote(node.text);
  if (node?.type === 'invocation_expression' && field(node, 'function')?.text === 'nameof') {
    const inner = argumentsOf(field(node, 'arguments')).args[0];
    return inner ? inner.text.split('.').pop() : undefined;
  }
  return undefined;
}

/** The options class of a declared type: `IOptions<ServiceUris>`, `IOptionsMonitor<T>`, `IOptionsSnapshot<T>`. */
const OPTIONS_TYPE = /^(?:[\w.]+\.)?IOptions(?:Monitor|Snapshot)?<([\w.]+)>$/;

/** Classes read as settings when injected outright (`services.AddSingleton(config.GetSection("S").Get<ServiceUris>())`). */
const SETTINGS_CLASS = /(?:Options|Settings|Config|Configuration|Uris|Urls|Endpoints|Addresses)$/;

/** The options class `AddOptions<T>()` names, down a chain (`AddOptions<T>().ValidateOnStart().Bind(…)`). */
function addedOptions(node: SyntaxNode | undefined, depth = 0): string | undefined {
  if (node?.type !== 'invocation_expression' || depth > 6) return undefined;
  const fn = field(node, 'function');
  if (fn?.type !== 'member_access_expression') return undefined;
  if (/^AddOptions(?:WithValidateOnStart)?$/.test(calleeText(field(fn, 'name')))) return typeArgumentsOf(fn)[0]?.split('.').pop();
  return addedOptions(field(fn, 'expression'), depth + 1);
}

/** The class of an object a file binds settings into: `uris` declared `ServiceUris uris` or `var uris = new ServiceUris()`. */
function classOfObject(node: SyntaxNode | undefined, model: FileModel): string | undefined {
  if (node?.type !== 'identifier') return undefined;
  const declared = model.types.get(node.text);
  if (declared && TYPE_LIKE.test(declared)) return declared;
  const created = model.bindings.get(node.text)?.find((binding): binding is SyntaxNode => 'id' in binding && binding.type === 'object_creation_expression');
  return created ? calleeText(field(created, 'type')).split('.').pop() : undefined;
}

/**
 * Whether an expression is the whole configuration, by the names ASP.NET Core code gives it:
 * `builder.Configuration`, `Configuration`, `context.Configuration`, `_configuration`, `config`.
 */
function isConfigurationRoot(node: SyntaxNode | undefined): boolean {
  if (node?.type !== 'identifier' && node?.type !== 'member_access_expression') return false;
  const last = node.type === 'identifier' ? node.text : calleeText(field(node, 'name'));
  return /^_?(?:configuration|config)$/i.test(last);
}

/**
 * The options class an invocation binds to a configuration section (the ASP.NET Core Options
 * pattern): `services.Configure<ServiceUris>(config.GetSection("Services"))`,
 * `AddOptions<ServiceUris>().Bind(config.GetSection("Services"))` or `.BindConfiguration("Services")`,
 * `config.GetSection("Services").Get<ServiceUris>()` and `.Bind(uris)`, `config.Bind("Services", uris)`.
 */
export function optionsBinding(node: SyntaxNode, model: FileModel): { type: string; section: string } | undefined {
  const fn = field(node, 'function');
  if (fn?.type !== 'member_access_expression') return undefined;
  const method = calleeText(field(fn, 'name'));
  if (method !== 'Configure' && method !== 'Bind' && method !== 'BindConfiguration' && method !== 'Get') return undefined;
  const receiver = field(fn, 'expression');
  const { args } = argumentsOf(field(node, 'arguments'));
  let type: string | undefined;
  let section: string | undefined;
  if (method === 'Configure') {
    type = typeArgumentsOf(fn)[0];
    section = args.map((arg) => sectionPath(arg)).find((path) => path !== undefined) ?? (args.some(isConfigurationRoot) ? CONFIGURATION_ROOT : undefined);
  } else if (method === 'BindConfiguration') {
    type = addedOptions(receiver);
    section = sectionName(args[0]);
  } else if (method === 'Get') {
    type = typeArgumentsOf(fn)[0];
    section = sectionPath(receiver) ?? (isConfigurationRoot(receiver) ? CONFIGURATION_ROOT : undefined);
  } else {
    type = addedOptions(receiver);
    if (type) section = sectionPath(args[0]) ?? (isConfigurationRoot(args[0]) ? CONFIGURATION_ROOT : undefined);
    else if (args.length === 1) [type, section] = [classOfObject(args[0], model), sectionPath(receiver) ?? (isConfigurationRoot(receiver) ? CONFIGURATION_ROOT : undefined)];
    // `config.Bind("Services", uris)`, and the static form `ConfigurationBinder.Bind(config.GetSection("Services"), uris)`.
    else if (args.length === 2) [type, section] = [classOfObject(args[1], model), sectionName(args[0]) ?? sectionPath(args[0])];
  }
  type = type?.split('.').pop();
  return type && section !== undefined && TYPE_LIKE.test(type) ? { type, section } : undefined;
}

/**
 * The setting a member read through an options class stands for, as the shared name the file
 * binding the class to its section gives (`options.ServiceUris.PackageServiceUri`, resolved to
 * `Services:PackageServiceUri`): `uris.Value.PackageServiceUri` (`IOptions<ServiceUris> uris`),
 * `monitor.CurrentValue.X`, and `_uris.X` of a field assigned `options.Value` or declared of the class.
 */
function optionsRead(node: SyntaxNode, model: FileModel): string | undefined {
  const members: string[] = [];
  let current: SyntaxNode | undefined = node;
  // `globalSettings.Mail?.Smtp?.Host` reads the same member as `globalSettings.Mail.Smtp.Host`.
  while (current?.type === 'member_access_expression' || current?.type === 'conditional_access_expression') {
    const conditional = current.type === 'conditional_access_expression';
    const binding = conditional ? kids(current).find((child) => child.type === 'member_binding_expression') : undefined;
    const name = conditional ? (binding ? field(binding, 'name') : undefined) : field(current, 'name');
    if (name?.type !== 'identifier' || members.length > 6) return undefined;
    members.unshift(name.text);
    current = field(current, conditional ? 'condition' : 'expression');
  }
  if (current?.type === 'this_expression' || current?.type === 'this') {
    const first = members.shift();
    if (!first) return undefined;
    return optionsPath(first, members, model);
  }
  return current?.type === 'identifier' ? optionsPath(current.text, members, model) : undefined;
}

function optionsPath(root: string, members: string[], model: FileModel): string | undefined {
  const optionsType = model.optionsOf?.get(root);
  let type: string | undefined;
  let path = members;
  if (optionsType) {
    if (members[0] !== 'Value' && members[0] !== 'CurrentValue') return undefined;
    [type, path] = [optionsType, members.slice(1)];
  } else {
    // `_uris = options.Value;` (or `options.CurrentValue`)
    const taken = model.bindings.get(root)?.find((binding): binding is SyntaxNode => {
      if (!('id' in binding) || binding.type !== 'member_access_expression') return false;
      const object = field(binding, 'expression');
      return /^(?:Value|CurrentValue)$/.test(field(binding, 'name')?.text ?? '') && object?.type === 'identifier' && model.optionsOf?.has(object.text) === true;
    });
    const object = taken ? field(taken, 'expression') : undefined;
    type = object ? model.optionsOf?.get(object.text) : undefined;
    if (!type) {
      // A type written with its namespace (`Settings.GlobalSettings`) is the class of its last name.
      const declared = model.types.get(root)?.split('.').pop();
      if (declared && TYPE_LIKE.test(declared) && (SETTINGS_CLASS.test(declared) || [...(model.optionsOf?.values() ?? [])].includes(declared))) type = declared;
    }
  }
  return type && path.length > 0 ? `options.${type}.${path.join('.')}` : undefined;
}

/** Notes a name declared `IOptions<T>` (or a monitor or snapshot of T) as reading the options class T. */
function noteOptions(name: string, type: SyntaxNode, model: FileModel): void {
  if (!type.text.includes('Options')) return;
  const options = OPTIONS_TYPE.exec(compact(type.text))?.[1]?.split('.').pop();
  if (options) (model.optionsOf ??= new Map()).set(name, options);
}

/** A name that reads as a type or a constant (`PubSubNames`, `DAPR_PUBSUB_NAME`), not a local variable. */
const TYPE_LIKE = /^[A-Z]/;

/**
 * The name the arguments for a parameter are bound under, when an identifier reads a parameter of
 * the method, local function or constructor around it: `param:Create#0` (the file's calls of the
 * method give it), `init:CatalogClient#0` (whoever constructs the class gives it, in this file or another).
 */
function parameterOf(node: SyntaxNode): { key: string; shared: boolean } | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'declaration_list' || current.type === 'compilation_unit') return undefined;
    if ((current.type === 'lambda_expression' || current.type === 'anonymous_method_expression') && lambdaDeclares(current, node.text)) return undefined;
    if (current.type !== 'method_declaration' && current.type !== 'constructor_declaration' && current.type !== 'local_function_statement') continue;
    const parameters = kids(field(current, 'parameters') ?? current).filter((child) => child.type === 'parameter');
    const index = parameters.findIndex((parameter) => field(parameter, 'name')?.text === node.text);
    if (index < 0) return undefined;
    const name = field(current, 'name')?.text;
    if (!name) return undefined;
    if (current.type === 'constructor_declaration') return { key: `init:${name}#${index}`, shared: true };
    // A protected method is called from other files, by subclasses (a typed client calling its base
    // client's `GetAsync(baseUrl, path)`): what those calls give it, when this file gives nothing.
    return { key: `param:${name}#${index}`, shared: current.type === 'method_declaration' && isProtected(current) };
  }
  return undefined;
}

/** Whether a method is `protected` (or `protected internal`): there for subclasses to call by its bare name. */
function isProtected(method: SyntaxNode): boolean {
  return kids(method).some((child) => child.type === 'modifier' && child.text === 'protected');
}

/**
 * The expression a method returns when that is all it does: `=> expr` or a body of one
 * `return expr;` (`static string BuildUrl(string b, string p) => b.TrimEnd('/') + "/" + p`).
 */
function returnedExpression(method: SyntaxNode): SyntaxNode | undefined {
  const arrow = kids(method).find((child) => child.type === 'arrow_expression_clause');
  if (arrow) return kids(arrow)[0];
  const body = field(method, 'body');
  const statements = body ? kids(body) : [];
  const only = statements.length === 1 ? statements[0] : undefined;
  return only?.type === 'return_statement' ? kids(only)[0] : undefined;
}

/** A string literal's text, lower-cased as dictionary keys are compared. */
function literalKey(node: SyntaxNode | undefined): string | undefined {
  return node?.type === 'string_literal' || node?.type === 'verbatim_string_literal' ? unquote(node.text).toLowerCase() : undefined;
}

/**
 * The entries of a dictionary initializer with literal keys: `{ ["details"] = url, … }` or
 * `{ { "details", url }, … }`; undefined for any other initializer.
 */
function dictionaryEntries(initializer: SyntaxNode | undefined): Map<string, SyntaxNode> | undefined {
  const items = initializer ? kids(initializer) : [];
  if (items.length === 0) return undefined;
  const entries = new Map<string, SyntaxNode>();
  for (const item of items) {
    if (item.type === 'assignment_expression' && field(item, 'left')?.type === 'element_binding_expression') {
      const key = literalKey(argumentsOf(kids(field(item, 'left') as SyntaxNode)[0]).args[0]);
      const value = field(item, 'right');
      if (key === undefined || !value) return undefined;
      entries.set(key, value);
    } else if (item.type === 'initializer_expression') {
      const [keyNode, value] = kids(item);
      const key = literalKey(keyNode);
      if (key === undefined || !value) return undefined;
      entries.set(key, value);
    } else return undefined;
  }
  return entries;
}

/** The `foreach` around a use whose variable (or one of whose deconstructed variables) it is. */
function loopOver(use: SyntaxNode): { left: SyntaxNode; right: SyntaxNode; position?: number } | undefined {
  for (let current = use.parent; current; current = current.parent) {
    if (current.type === 'declaration_list' || current.type === 'method_declaration' || current.type === 'constructor_declaration' || current.type === 'local_function_statement') return undefined;
    if (current.type !== 'for_each_statement') continue;
    const left = field(current, 'left');
    const right = field(current, 'right');
    if (!left || !right) continue;
    if (left.type === 'identifier' && left.text === use.text) return { left, right };
    const names = left.type === 'tuple_pattern' || left.type === 'parenthesized_variable_designation' ? kids(left).map((child) => (child.type === 'identifier' ? child.text : field(child, 'name')?.text ?? kids(child).find((inner) => inner.type === 'identifier')?.text)) : [];
    const position = names.indexOf(use.text);
    if (position >= 0) return { left, right, position };
  }
  return undefined;
}

/**
 * A `foreach` variable: each element of what the loop goes through. `foreach (var url in d.Values)`
 * (`.Keys` for keys; a list for its items), `foreach (var (name, url) in d)` (key and value); an
 * entry's `.Value` and `.Key` are read in the member access's shape.
 */
function loopElement(node: SyntaxNode): Shape | undefined {
  const loop = loopOver(node);
  if (!loop) return undefined;
  if (loop.position !== undefined) return { kind: 'element', of: loop.right, part: loop.position === 0 ? 'key' : 'value' };
  const member = loop.right.type === 'member_access_expression' ? field(loop.right, 'name')?.text : undefined;
  const object = loop.right.type === 'member_access_expression' ? field(loop.right, 'expression') : undefined;
  if (object && member === 'Values') return { kind: 'element', of: object, part: 'value' };
  if (object && member === 'Keys') return { kind: 'element', of: object, part: 'key' };
  return { kind: 'element', of: loop.right, part: 'item' };
}

/** The reader for C#. */
export const csharpReader: LanguageReader = {
  nodeTypes: ['invocation_expression', 'object_creation_expression', 'attribute', 'assignment_expression', 'class_declaration', 'record_declaration', 'interface_declaration', 'using_directive', 'variable_declaration', 'property_declaration', 'parameter', 'method_declaration', 'constructor_initializer'],

  site(node: SyntaxNode): CallSite | undefined {
    switch (node.type) {
      case 'invocation_expression': {
        const fn = field(node, 'function');
        if (!fn) return undefined;
        const parsed = once(() => argumentsOf(field(node, 'arguments')));
        const member = fn.type === 'member_access_expression';
        return makeSite(node, 'call', calleeText(fn), {
          receiver: () => (member ? field(fn, 'expression') : undefined),
          args: () => parsed().args,
          named: () => parsed().named,
          typeArgs: () => typeArgumentsOf(fn),
          line: () => lineOf((member ? field(fn, 'name') : undefined) ?? node),
          statement: () => node.parent?.type === 'expression_statement' || (node.parent?.type === 'await_expression' && node.parent.parent?.type === 'expression_statement'),
        });
      }
      case 'object_creation_expression': {
        const type = field(node, 'type');
        const parsed = once(() => {
          const result = argumentsOf(field(node, 'arguments'));
          for (const [key, value] of initializerOf(field(node, 'initializer'))) result.named.set(key, value);
          return result;
        });
        return makeSite(node, 'new', calleeText(type), { args: () => parsed().args, named: () => parsed().named, typeArgs: () => typeArgumentsOf(type) });
      }
      case 'attribute': {
        const list = kids(node).find((child) => child.type === 'attribute_argument_list');
        const { args, named } = argumentsOf(list);
        if (args[0] && !named.has('value')) named.set('value', args[0]);
        return makeSite(node, 'annotation', calleeText(field(node, 'name')).replace(/Attribute$/, ''), { args, named });
      }
      case 'assignment_expression': {
        const left = field(node, 'left');
        const right = field(node, 'right');
        if (left?.type !== 'member_access_expression' || !right) return undefined;
        return makeSite(node, 'assign', calleeText(left), { receiver: field(left, 'expression'), args: [right] });
      }
      default:
        return undefined;
    }
  },

  bases(node: SyntaxNode): CallSite[] | undefined {
    if (node.type !== 'class_declaration' && node.type !== 'record_declaration' && node.type !== 'interface_declaration') return undefined;
    const list = field(node, 'bases') ?? kids(node).find((child) => child.type === 'base_list');
    return list ? kids(list).map((type) => makeSite(type, 'base', calleeText(type), { line: lineOf(node), typeArgs: typeArgumentsOf(type) })) : undefined;
  },

  shape(node: SyntaxNode): Shape {
    switch (node.type) {
      case 'string_literal':
      case 'verbatim_string_literal':
      case 'raw_string_literal':
        return { kind: 'string', text: unquote(node.text) };
      case 'interpolated_string_expression': {
        const parts: (string | SyntaxNode)[] = [];
        for (const child of allKids(node)) {
          if (child.type === 'interpolated_string_text' || child.type === 'string_content') parts.push(node.text.startsWith('$@') || node.text.startsWith('@$') ? child.text : unescape(child.text));
          else if (child.type === 'interpolation') {
            const inner = kids(child)[0];
            if (inner) parts.push(inner);
          }
        }
        return { kind: 'parts', parts };
      }
      case 'integer_literal':
        return { kind: 'number', text: node.text };
      case 'binary_expression': {
        const left = field(node, 'left');
        const right = field(node, 'right');
        const operator = field(node, 'operator')?.text;
        if (!left || !right) return { kind: 'unknown' };
        if (operator === '+') return { kind: 'parts', parts: [left, right] };
        if (operator === '??') return { kind: 'either', options: [left, right] };
        return { kind: 'unknown' };
      }
      case 'conditional_expression': {
        const options = [field(node, 'consequence'), field(node, 'alternative')].filter((option): option is SyntaxNode => option !== undefined);
        return { kind: 'either', options };
      }
      case 'identifier': {
        const element = loopElement(node);
        if (element) return element;
        const param = parameterOf(node);
        return param ? { kind: 'name', name: node.text, param } : { kind: 'name', name: node.text };
      }
      case 'member_access_expression': {
        // `kv.Value` / `kv.Key` of `foreach (var kv in upstreams)`.
        const object = field(node, 'expression');
        const member = field(node, 'name')?.text;
        const loop = object?.type === 'identifier' && (member === 'Value' || member === 'Key') ? loopOver(object) : undefined;
        if (loop && loop.left.type === 'identifier') return { kind: 'element', of: loop.right, part: member === 'Value' ? 'value' : 'key' };
        return { kind: 'name', name: calleeText(field(node, 'name')) };
      }
      case 'conditional_access_expression': {
        // `globalSettings.Mail?.Smtp?.Host`: read as its last member, like a member access (crossFile).
        const binding = kids(node).find((child) => child.type === 'member_binding_expression');
        const name = binding ? field(binding, 'name') : undefined;
        return name?.type === 'identifier' ? { kind: 'name', name: name.text } : { kind: 'unknown' };
      }
      case 'assignment_expression': {
        // `upstreams["details"] = detailsUrl` adds an entry to `upstreams` (see the reader's `declare`).
        const left = field(node, 'left');
        const right = field(node, 'right');
        const key = left?.type === 'element_access_expression' ? literalKey(argumentsOf(field(left, 'subscript')).args[0]) : undefined;
        return key !== undefined && right ? { kind: 'object', entries: new Map([[key, right]]), partial: true } : { kind: 'unknown' };
      }
      case 'element_access_expression': {
        // `configuration["Redis:Host"]`, `builder.Configuration["X"]`, `config.GetSection("Redis")["Host"]`
        const object = field(node, 'expression');
        const key = argumentsOf(field(node, 'subscript')).args[0];
        if (!object || !key) return { kind: 'unknown' };
        // A local is looked for only when its name says it holds settings (`configSection`, `rabbitSettings`).
        // Any local read by a key that is no literal (`services[name]` in a loop over names) may be one too.
        const section = object.type === 'invocation_expression' || (object.type === 'identifier' && (/section|conf|cfg|settings|options/i.test(object.text) || literalKey(key) === undefined)) ? sectionPath(object) : undefined;
        if (section !== undefined || (object.type === 'invocation_expression' && calleeText(field(object, 'function')).endsWith('.GetSection'))) {
          const inner = key.type === 'string_literal' ? unquote(key.text) : undefined;
          if (section !== undefined && inner) return { kind: 'env', key: `${section}:${inner}` };
          // `services[name]`: the section's setting of whatever the key is (each name of a loop in turn).
          if (section !== undefined) return inner ? { kind: 'unknown' } : { kind: 'env', key, prefix: `${section}:` };
          // `configuration.GetSection(name)["Url"]`: the setting of whatever section the name is.
          const fn = field(object, 'function');
          const named = argumentsOf(field(object, 'arguments')).args[0];
          const outer = fn?.type === 'member_access_expression' ? sectionPath(field(fn, 'expression')) : undefined;
          return inner && named ? { kind: 'env', key: named, prefix: outer ? `${outer}:` : '', suffix: `:${inner}` } : { kind: 'unknown' };
        }
        if (/conf|cfg|settings/i.test(compact(object.text))) return { kind: 'env', key };
        // `upstreams["details"]`: an entry of a dictionary, read by its key.
        const entry = literalKey(key);
        return entry !== undefined ? { kind: 'member', object, key: entry } : { kind: 'unknown' };
      }
      case 'invocation_expression': {
        const site = csharpReader.site(node);
        if (!site) return { kind: 'unknown' };
        // `upstreams.Add("details", detailsUrl)` adds an entry to `upstreams`.
        const key = site.name === 'Add' && site.receiver && site.args.length === 2 ? literalKey(site.args[0]) : undefined;
        return key !== undefined ? { kind: 'object', entries: new Map([[key, site.args[1] as SyntaxNode]]), partial: true } : { kind: 'call', site };
      }
      case 'object_creation_expression': {
        const initializer = field(node, 'initializer');
        const entries = dictionaryEntries(initializer);
        if (entries) return { kind: 'object', entries };
        // `new List<string> { "Ledger", "Audit" }`: a collection initializer (no member assignments) lists its items.
        const items = initializer ? kids(initializer) : [];
        if (items.length > 0 && items.every((item) => item.type !== 'assignment_expression' && item.type !== 'initializer_expression')) return { kind: 'list', items };
        const site = csharpReader.site(node);
        return site ? { kind: 'call', site } : { kind: 'unknown' };
      }
      case 'implicit_object_creation_expression': {
        // `client.BaseAddress = new("https+http://catalog")`: a target-typed `new` of a Uri or similar.
        const list = kids(node).find((child) => child.type === 'argument_list');
        const first = argumentsOf(list).args[0];
        return first ? { kind: 'wrap', inner: first } : { kind: 'unknown' };
      }
      case 'cast_expression': {
        const inner = field(node, 'value');
        return inner ? { kind: 'wrap', inner } : { kind: 'unknown' };
      }
      case 'array_creation_expression':
      case 'implicit_array_creation_expression': {
        const initializer = kids(node).find((child) => child.type === 'initializer_expression');
        return initializer ? { kind: 'list', items: kids(initializer) } : { kind: 'unknown' };
      }
      case 'initializer_expression':
      case 'collection_expression':
        return { kind: 'list', items: kids(node) };
      default: {
        if (WRAPPERS.has(node.type)) {
          const inner = kids(node)[0];
          if (inner) return { kind: 'wrap', inner };
        }
        return { kind: 'unknown' };
      }
    }
  },

  crossFile(node: SyntaxNode, model: FileModel): string | undefined {
    // A constant of another class: `PubSubNames.Orders`, or bare `DaprPubSubName` from a base class.
    if (node.type === 'identifier') return TYPE_LIKE.test(node.text) && !model.types.has(node.text) ? node.text : undefined;
    if (node.type === 'conditional_access_expression') return optionsRead(node, model);
    if (node.type !== 'member_access_expression') return undefined;
    const setting = optionsRead(node, model);
    if (setting) return setting;
    const owner = field(node, 'expression');
    const name = field(node, 'name');
    if (owner?.type !== 'identifier' || name?.type !== 'identifier' || !TYPE_LIKE.test(owner.text) || model.bindings.has(owner.text) || model.types.has(owner.text)) return undefined;
    return `${owner.text}.${name.text}`;
  },

  declare(node: SyntaxNode, model: FileModel): void {
    switch (node.type) {
      case 'using_directive': {
        const name = kids(node).find((child) => child.type === 'qualified_name' || child.type === 'identifier');
        if (name) model.imports.push(compact(name.text));
        return;
      }
      case 'variable_declaration': {
        const type = field(node, 'type');
        const owner = constantOwner(node);
        for (const declarator of kids(node)) {
          if (declarator.type !== 'variable_declarator') continue;
          const [name, clause] = kids(declarator);
          if (!name || name.type !== 'identifier') continue;
          const value = clause?.type === 'equals_value_clause' ? kids(clause)[0] : undefined;
          if (value) bind(model.bindings, name.text, value);
          // `public const string PubSubName = "pubsub";` is read by other classes as `Names.PubSubName`
          // (or bare, from a subclass or through `using static`).
          if (value && owner) {
            model.shared.set(`${owner}.${name.text}`, { value, at: value });
            if (!model.shared.has(name.text)) model.shared.set(name.text, { value, at: value });
          }
          if (type && type.type !== 'implicit_type') {
            model.types.set(name.text, typeName(type.text));
            noteOptions(name.text, type, model);
          }
        }
        return;
      }
      case 'property_declaration':
      case 'parameter': {
        const type = field(node, 'type');
        const name = field(node, 'name')?.text;
        if (!name) return;
        if (type) {
          model.types.set(name, typeName(type.text));
          noteOptions(name, type, model);
        }
        const value = field(node, 'value') ?? kids(node).find((child) => child.type === 'equals_value_clause');
        if (value) bind(model.bindings, name, value.type === 'equals_value_clause' ? (kids(value)[0] ?? value) : value);
        // A constructor's parameter is what whoever constructs the class gives (see bindConstruction).
        const parameter = node.type === 'parameter' ? constructorParameter(node) : undefined;
        if (parameter) bind(model.bindings, name, { kind: 'ref', name: parameter });
        return;
      }
      case 'invocation_expression': {
        const fn = field(node, 'function');
        // `services.Configure<ServiceUris>(config.GetSection("Services"))`: the class's members are
        // the section's settings, for the files of this folder and below (see optionsRead).
        const options = optionsBinding(node, model);
        if (options && !model.shared.has(`options.${options.type}`)) model.shared.set(`options.${options.type}`, { value: { kind: 'env', key: options.section }, at: node });
        // `upstreams.Add("details", url)` adds an entry to `upstreams` (the call's shape holds it).
        const added = fn?.type === 'member_access_expression' && field(fn, 'name')?.text === 'Add' && node.parent?.type === 'expression_statement' ? argumentsOf(field(node, 'arguments')).args : [];
        const receiver = added.length === 2 && literalKey(added[0]) !== undefined ? targetName(field(fn as SyntaxNode, 'expression')) : undefined;
        if (receiver) {
          bind(model.bindings, receiver, node);
          return;
        }
        // `Create(baseUrl)`, `this.Create(baseUrl)`, `base.GetAsync<T>(url, path)`: a call of the class's
        // own (or inherited) method gives its parameters; for a method of a base class in another
        // file, the first call of the file gives them there too (parameterOf).
        const own = fn?.type === 'member_access_expression' && ['this_expression', 'base_expression'].includes(field(fn, 'expression')?.type ?? '') ? field(fn, 'name') : fn;
        const name = own?.type === 'identifier' ? own.text : own?.type === 'generic_name' ? kids(own).find((child) => child.type === 'identifier')?.text : undefined;
        if (!name) return;
        argumentsOf(field(node, 'arguments')).args.forEach((arg, index) => {
          bind(model.bindings, `param:${name}#${index}`, arg);
          if (TYPE_LIKE.test(name) && !model.shared.has(`param:${name}#${index}`)) model.shared.set(`param:${name}#${index}`, { value: arg, at: arg });
        });
        return;
      }
      case 'method_declaration': {
        // A method that only returns an expression: a call of it in the file is what it returns (Evaluator.returnedValue).
        const name = field(node, 'name')?.text;
        const returned = returnedExpression(node);
        if (name && returned) bind(model.bindings, `${name}()`, returned);
        return;
      }
      case 'object_creation_expression':
        // `new CatalogClient(configuration["Catalog:Url"])`: the class's constructor parameters, for this file and the project's others.
        bindConstruction(node, model);
        return;
      case 'constructor_initializer':
        // `: base(factory, globalSettings.BaseServiceUri.InternalNotifications)`: the base class's constructor parameters, as this subclass gives them.
        bindBaseConstruction(node, model);
        return;
      case 'assignment_expression': {
        const left = field(node, 'left');
        const right = field(node, 'right');
        // `upstreams["details"] = url` adds an entry to `upstreams` (the assignment's shape holds it).
        const collection = left?.type === 'element_access_expression' ? targetName(field(left, 'expression')) : undefined;
        if (collection && node.parent?.type === 'expression_statement') {
          bind(model.bindings, collection, node);
          return;
        }
        const name = targetName(left);
        if (name && right) bind(model.bindings, name, right);
        return;
      }
      default:
        return;
    }
  },
};
