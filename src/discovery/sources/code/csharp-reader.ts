/**
 * The C# reader: invocations with named arguments, `new` with object initializers
 * (`new HttpClient { BaseAddress = … }`), attributes, class bases (gRPC `XxxBase`, MassTransit
 * `IConsumer<T>`), member assignments as sites (`c.BaseAddress = new Uri(…)` configures a client,
 * often inside an `AddHttpClient` lambda), `configuration["Key"]` reads, and declarations.
 */
import type { CallSite, FileModel, LanguageReader, Shape, SyntaxNode } from './code-model.js';
import { allKids, bind, compact, field, kids, lineOf, makeSite, once, typeName, unescape, unquote } from './syntax-helpers.js';

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
  if (node.type === 'invocation_expression' && calleeText(field(node, 'function')).endsWith('.GetSection')) {
    const section = argumentsOf(field(node, 'arguments')).args[0];
    if (section?.type !== 'string_literal') return undefined;
    const fn = field(node, 'function');
    const outer = fn?.type === 'member_access_expression' ? sectionPath(field(fn, 'expression'), depth + 1) : undefined;
    return outer ? `${outer}:${unquote(section.text)}` : unquote(section.text);
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

/** A name that reads as a type or a constant (`PubSubNames`, `DAPR_PUBSUB_NAME`), not a local variable. */
const TYPE_LIKE = /^[A-Z]/;

/** The reader for C#. */
export const csharpReader: LanguageReader = {
  nodeTypes: ['invocation_expression', 'object_creation_expression', 'attribute', 'assignment_expression', 'class_declaration', 'record_declaration', 'interface_declaration', 'using_directive', 'variable_declaration', 'property_declaration', 'parameter'],

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
      case 'identifier':
        return { kind: 'name', name: node.text };
      case 'member_access_expression':
        return { kind: 'name', name: calleeText(field(node, 'name')) };
      case 'element_access_expression': {
        // `configuration["Redis:Host"]`, `builder.Configuration["X"]`, `config.GetSection("Redis")["Host"]`
        const object = field(node, 'expression');
        const key = argumentsOf(field(node, 'subscript')).args[0];
        if (!object || !key) return { kind: 'unknown' };
        // A local is looked for only when its name says it holds settings (`configSection`, `rabbitSettings`).
        const section = object.type === 'invocation_expression' || (object.type === 'identifier' && /section|conf|cfg|settings|options/i.test(object.text)) ? sectionPath(object) : undefined;
        if (section !== undefined || (object.type === 'invocation_expression' && calleeText(field(object, 'function')).endsWith('.GetSection'))) {
          const inner = key.type === 'string_literal' ? unquote(key.text) : undefined;
          return section !== undefined && inner ? { kind: 'env', key: `${section}:${inner}` } : { kind: 'unknown' };
        }
        return /conf|cfg|settings/i.test(compact(object.text)) ? { kind: 'env', key } : { kind: 'unknown' };
      }
      case 'invocation_expression':
      case 'object_creation_expression': {
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
    if (node.type !== 'member_access_expression') return undefined;
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
          if (type && type.type !== 'implicit_type') model.types.set(name.text, typeName(type.text));
        }
        return;
      }
      case 'property_declaration':
      case 'parameter': {
        const type = field(node, 'type');
        const name = field(node, 'name')?.text;
        if (!name) return;
        if (type) model.types.set(name, typeName(type.text));
        const value = field(node, 'value') ?? kids(node).find((child) => child.type === 'equals_value_clause');
        if (value) bind(model.bindings, name, value.type === 'equals_value_clause' ? (kids(value)[0] ?? value) : value);
        // A constructor's parameter is what whoever constructs the class gives (see bindConstruction).
        const parameter = node.type === 'parameter' ? constructorParameter(node) : undefined;
        if (parameter) bind(model.bindings, name, { kind: 'ref', name: parameter });
        return;
      }
      case 'object_creation_expression':
        bindConstruction(node, model);
        return;
      case 'assignment_expression': {
        const name = targetName(field(node, 'left'));
        const right = field(node, 'right');
        if (name && right) bind(model.bindings, name, right);
        return;
      }
      default:
        return;
    }
  },
};
