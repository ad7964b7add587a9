/**
 * The Kotlin reader. Kotlin shares its libraries with Java, so it shares the JVM signature table;
 * the difference is syntax. Kotlin has no `new`: a call of a capitalised name (`KafkaProducer(props)`,
 * `Request.Builder()`) is taken as a constructor so that `new X` patterns match it. String
 * templates, elvis defaults, named arguments and `@Value("\${key}")` properties are understood.
 */
import type { CallSite, FileModel, LanguageReader, Shape, SyntaxNode } from './code-model.js';
import { kebab, PLAIN_TYPES, placeholderKey } from './java-reader.js';
import { allKids, bind, compact, kids, lineOf, makeSite, once, typeName, unescape } from './syntax-helpers.js';

/** The callee of a call as names only (calls in a chain contribute their name). */
function calleeText(node: SyntaxNode | undefined): string {
  if (!node) return '?';
  switch (node.type) {
    case 'simple_identifier':
    case 'this_expression':
    case 'super_expression':
    case 'type_identifier':
      return node.text;
    case 'navigation_expression': {
      const [object, suffix] = kids(node);
      const name = suffix ? kids(suffix)[0]?.text : undefined;
      return `${calleeText(object)}.${name ?? '?'}`;
    }
    case 'call_expression':
      return calleeText(kids(node)[0]);
    case 'user_type':
      return typeName(node.text);
    case 'parenthesized_expression':
      return calleeText(kids(node)[0]);
    default:
      return '?';
  }
}

/** The arguments of a call suffix: positional ones, and named ones (`url = "…"`) by lower-cased name. */
function argumentsOf(list: SyntaxNode | undefined): { args: SyntaxNode[]; named: Map<string, SyntaxNode> } {
  const args: SyntaxNode[] = [];
  const named = new Map<string, SyntaxNode>();
  for (const argument of list ? kids(list) : []) {
    if (argument.type !== 'value_argument') continue;
    const parts = kids(argument);
    const value = parts[parts.length - 1];
    if (!value) continue;
    const isNamed = allKids(argument).some((child) => child.type === '=') && parts[0]?.type === 'simple_identifier' && parts.length >= 2;
    if (isNamed) named.set((parts[0] as SyntaxNode).text.toLowerCase(), value);
    else args.push(value);
  }
  return { args, named };
}

/**
 * The configuration key of a `@Value("\${key}")` among annotations, or of a MicroProfile
 * `@ConfigProperty(name = "key")` (its `defaultValue` is not read in Kotlin).
 */
function valueAnnotationKey(modifiers: SyntaxNode | undefined | null): string | undefined {
  for (const annotation of modifiers ? kids(modifiers) : []) {
    if (annotation.type !== 'annotation') continue;
    const invocation = kids(annotation).find((child) => child.type === 'constructor_invocation');
    const [type, list] = invocation ? kids(invocation) : [];
    if (type && typeName(type.text) === 'ConfigProperty') {
      const name = argumentsOf(list).named.get('name');
      const shape = name ? kotlinReader.shape(name) : undefined;
      if (shape?.kind === 'string' && shape.text.trim() !== '') return shape.text.trim();
      continue;
    }
    if (!type || typeName(type.text) !== 'Value') continue;
    const argument = argumentsOf(list).args[0];
    const shape = argument ? kotlinReader.shape(argument) : undefined;
    const key = shape?.kind === 'string' ? placeholderKey(shape.text) : undefined;
    if (key) return key;
  }
  return undefined;
}

/** The prefix of a class's `@ConfigurationProperties(prefix = "svc")`, when it has one. */
function configurationPrefix(declaration: SyntaxNode): string | undefined {
  for (const annotation of kids(kids(declaration).find((child) => child.type === 'modifiers') ?? declaration)) {
    if (annotation.type !== 'annotation') continue;
    const invocation = kids(annotation).find((child) => child.type === 'constructor_invocation');
    const [type, list] = invocation ? kids(invocation) : [];
    if (!type || typeName(type.text) !== 'ConfigurationProperties') continue;
    const { args, named } = argumentsOf(list);
    const prefix = named.get('prefix') ?? named.get('value') ?? args[0];
    const shape = prefix ? kotlinReader.shape(prefix) : undefined;
    if (shape?.kind === 'string') return shape.text;
  }
  return undefined;
}

/** The properties a class declares (constructor `val`/`var` parameters and body properties), with their types. */
function membersOf(declaration: SyntaxNode): { name: string; type: string }[] {
  const members: { name: string; type: string }[] = [];
  const constructor = kids(declaration).find((child) => child.type === 'primary_constructor');
  for (const parameter of constructor ? kids(constructor) : []) {
    if (parameter.type !== 'class_parameter') continue;
    const name = kids(parameter).find((child) => child.type === 'simple_identifier')?.text;
    const type = kids(parameter).find((child) => child.type === 'user_type' || child.type === 'nullable_type');
    if (name && type) members.push({ name, type: typeName(type.text).replace(/\?$/, '') });
  }
  for (const member of kids(kids(declaration).find((child) => child.type === 'class_body') ?? declaration)) {
    if (member.type !== 'property_declaration') continue;
    const [name, type] = kids(kids(member).find((child) => child.type === 'variable_declaration') ?? member);
    if (name?.type === 'simple_identifier' && type) members.push({ name: name.text, type: typeName(type.text).replace(/\?$/, '') });
  }
  return members;
}

/**
 * Where a configuration class's properties are bound (as for Java): the `@ConfigurationProperties`
 * class, or a class nested in one under each property of its type (`val endpoints: Endpoints`).
 */
function configurationPaths(declaration: SyntaxNode, depth = 0): { root: string; path: string[]; prefix: string }[] {
  const name = kids(declaration).find((child) => child.type === 'type_identifier')?.text;
  if (!name || depth > 4) return [];
  const prefix = configurationPrefix(declaration);
  if (prefix !== undefined) return [{ root: name, path: [], prefix }];
  const outer = declaration.parent?.type === 'class_body' ? declaration.parent.parent : undefined;
  if (outer?.type !== 'class_declaration') return [];
  const outerPaths = configurationPaths(outer, depth + 1);
  if (outerPaths.length === 0) return [];
  return membersOf(outer)
    .filter((member) => member.type === name)
    .flatMap((member) => outerPaths.map((path) => ({ root: path.root, path: [...path.path, member.name], prefix: `${path.prefix}.${kebab(member.name)}` })));
}

/** The class declaring a node, with where its properties are bound when it is configuration. */
function enclosingClass(node: SyntaxNode): { name: string; paths: { root: string; path: string[]; prefix: string }[] } | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type !== 'class_declaration') continue;
    const name = kids(current).find((child) => child.type === 'type_identifier')?.text;
    return name ? { name, paths: configurationPaths(current) } : undefined;
  }
  return undefined;
}

/** Binds a property of a class and shares it when it is configuration (`@Value`, or a property of a `@ConfigurationProperties` class or a class nested in one). */
function bindProperty(node: SyntaxNode, name: SyntaxNode, key: string | undefined, model: FileModel): void {
  const owner = enclosingClass(node);
  if (key) {
    bind(model.bindings, name.text, { kind: 'env', key });
    if (owner) model.shared.set(`${owner.name}.${name.text}`, { value: { kind: 'env', key }, at: name });
    return;
  }
  const paths = owner?.paths ?? [];
  if (paths.length === 1 && paths[0]) bind(model.bindings, name.text, { kind: 'env', key: `${paths[0].prefix}.${kebab(name.text)}` });
  for (const path of paths) model.shared.set([path.root, ...path.path, name.text].join('.'), { value: { kind: 'env', key: `${path.prefix}.${kebab(name.text)}` }, at: name });
}

/** The path a chain of property reads takes from a variable of a configuration class: `props.endpoints.catalog` → `RetailUiProperties.endpoints.catalog`. */
function propertyPath(node: SyntaxNode, model: FileModel, depth = 0): string | undefined {
  if (depth > 6) return undefined;
  if (node.type === 'simple_identifier') {
    const type = model.types.get(node.text);
    return type && /^[A-Z]/.test(type) && !PLAIN_TYPES.test(type) ? type : undefined;
  }
  if (node.type === 'this_expression') return undefined;
  if (node.type !== 'navigation_expression') return undefined;
  const [object, suffix] = kids(node);
  const name = suffix?.type === 'navigation_suffix' ? kids(suffix)[0]?.text : undefined;
  if (!object || !name) return undefined;
  // `this.props.x` reads the class's own `props`.
  const base = object.type === 'navigation_expression' && kids(object)[0]?.type === 'this_expression' ? propertyPath(kids(kids(object)[1] ?? object)[0] ?? object, model, depth + 1) : propertyPath(object, model, depth + 1);
  return base ? `${base}.${name}` : undefined;
}

/** Whether a callee names a type (a constructor call in Kotlin). */
function isConstructor(callee: string): boolean {
  const last = callee.slice(callee.lastIndexOf('.') + 1);
  return /^[A-Z]/.test(last) && !/^[A-Z0-9_]+$/.test(last);
}

/**
 * The names the arguments for a parameter are bound under, when an identifier reads a parameter of
 * the function around it: `param:fetch#0` by position and `param:fetch#baseurl` by name (the
 * function's calls in the file, `fetch(inventoryUrl, "/stock")` or `this.fetch(baseUrl = …)`,
 * give it, one value per call). A lambda's parameter of the same name is the lambda's; a
 * parameter with `@Value` is its key.
 */
function parameterOf(node: SyntaxNode): { key: string; keyword: string; shared: boolean } | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'function_value_parameters' || current.type === 'class_body' || current.type === 'source_file') return undefined;
    if (current.type === 'lambda_literal') {
      const declared = kids(current).find((child) => child.type === 'lambda_parameters')?.descendantsOfType(['simple_identifier']) ?? [];
      if (declared.some((name) => name?.text === node.text)) return undefined;
      continue;
    }
    if (current.type !== 'function_declaration') continue;
    const name = kids(current).find((child) => child.type === 'simple_identifier')?.text;
    const parameters = kids(kids(current).find((child) => child.type === 'function_value_parameters') ?? current).filter((child) => child.type === 'parameter');
    const index = parameters.findIndex((parameter) => kids(parameter).find((child) => child.type === 'simple_identifier')?.text === node.text);
    const parameter = parameters[index];
    // A parameter with `@Value("\${key}")` is that key, not what callers pass.
    if (!name || !parameter || (parameter.previousNamedSibling?.type === 'parameter_modifiers' && valueAnnotationKey(parameter.previousNamedSibling))) return undefined;
    return { key: `param:${name}#${index}`, keyword: `param:${name}#${node.text.toLowerCase()}`, shared: false };
  }
  return undefined;
}

/** The reader for Kotlin. */
export const kotlinReader: LanguageReader = {
  nodeTypes: ['call_expression', 'annotation', 'class_declaration', 'object_declaration', 'import_header', 'property_declaration', 'class_parameter', 'parameter', 'assignment', 'infix_expression'],

  site(node: SyntaxNode): CallSite | undefined {
    // `props[BOOTSTRAP_SERVERS_CONFIG] = "kafka:9092"` is Kotlin's `props.set(key, value)`.
    if (node.type === 'assignment') {
      const [target, value] = kids(node);
      const [receiver, index] = target?.type === 'directly_assignable_expression' ? kids(target) : [];
      const key = index?.type === 'indexing_suffix' ? kids(index)[0] : undefined;
      if (!receiver || !key || !value) return undefined;
      return makeSite(node, 'call', `${calleeText(receiver)}.set`, { receiver, args: [key, value], line: lineOf(node), statement: true });
    }
    // `mapOf(BOOTSTRAP_SERVERS_CONFIG to "kafka:9092")`: a pair is read as a call of `to` with both sides.
    if (node.type === 'infix_expression') {
      const [left, operator, right] = kids(node);
      if (!left || !right || operator?.type !== 'simple_identifier' || operator.text !== 'to') return undefined;
      return makeSite(node, 'call', 'to', { args: [left, right], line: lineOf(node) });
    }
    if (node.type === 'call_expression') {
      const [callee, suffix] = kids(node);
      if (!callee || suffix?.type !== 'call_suffix') return undefined;
      const text = calleeText(callee);
      const suffixParts = once(() => kids(suffix));
      const parsed = once(() => {
        const result = argumentsOf(suffixParts().find((child) => child.type === 'value_arguments'));
        const lambda = suffixParts().find((child) => child.type === 'annotated_lambda');
        if (lambda) result.args.push(lambda);
        return result;
      });
      const navigation = once(() => (callee.type === 'navigation_expression' ? kids(callee) : []));
      return makeSite(node, isConstructor(text) ? 'new' : 'call', text, {
        receiver: () => navigation()[0],
        args: () => parsed().args,
        named: () => parsed().named,
        typeArgs: () => {
          const typeArgs = suffixParts().find((child) => child.type === 'type_arguments');
          return typeArgs ? kids(typeArgs).map((arg) => typeName(arg.text)) : [];
        },
        line: () => lineOf(navigation()[1] ?? node),
        statement: () => node.parent?.type === 'statements',
      });
    }
    if (node.type === 'annotation') {
      const invocation = kids(node).find((child) => child.type === 'constructor_invocation');
      const type = invocation ? kids(invocation)[0] : kids(node).find((child) => child.type === 'user_type');
      if (!type) return undefined;
      const { args, named } = argumentsOf(invocation ? kids(invocation).find((child) => child.type === 'value_arguments') : undefined);
      if (args[0] && !named.has('value')) named.set('value', args[0]);
      return makeSite(node, 'annotation', typeName(type.text), { args, named });
    }
    return undefined;
  },

  bases(node: SyntaxNode): CallSite[] | undefined {
    if (node.type !== 'class_declaration' && node.type !== 'object_declaration') return undefined;
    const sites: CallSite[] = [];
    for (const specifier of kids(node)) {
      if (specifier.type !== 'delegation_specifier') continue;
      const inner = kids(specifier)[0];
      const type = inner?.type === 'constructor_invocation' ? kids(inner)[0] : inner;
      if (type) sites.push(makeSite(type, 'base', typeName(type.text), { line: lineOf(node) }));
    }
    return sites;
  },

  shape(node: SyntaxNode): Shape {
    switch (node.type) {
      case 'string_literal':
      case 'line_string_literal':
      case 'multi_line_string_literal': {
        const parts: (string | SyntaxNode)[] = [];
        let interpolated = false;
        for (const child of allKids(node)) {
          if (child.type === 'string_content' || child.type === 'line_str_text' || child.type === 'multi_line_str_text') parts.push(unescape(child.text));
          else if (child.type === 'escape_sequence' || child.type === 'line_str_escaped_char') parts.push(unescape(child.text));
          else if (child.type === 'interpolated_identifier' || child.type === 'interpolated_expression') {
            interpolated = true;
            const inner = child.type === 'interpolated_identifier' ? child : kids(child)[0];
            if (inner) parts.push(inner);
          }
        }
        if (interpolated) return { kind: 'parts', parts };
        return { kind: 'string', text: parts.join('') };
      }
      // `"services.$name.baseUrl"`: the function's parameter, as a bare `name` is.
      case 'interpolated_identifier': {
        const param = parameterOf(node);
        return param ? { kind: 'name', name: node.text, param } : { kind: 'name', name: node.text };
      }
      case 'integer_literal':
        return { kind: 'number', text: node.text.replace(/[lL_]/g, '') };
      case 'additive_expression': {
        const [left, right] = kids(node);
        return left && right && allKids(node).some((child) => child.type === '+') ? { kind: 'parts', parts: [left, right] } : { kind: 'unknown' };
      }
      case 'elvis_expression':
        return { kind: 'either', options: kids(node) };
      case 'simple_identifier': {
        const param = parameterOf(node);
        return param ? { kind: 'name', name: node.text, param } : { kind: 'name', name: node.text };
      }
      case 'navigation_expression': {
        const suffix = kids(node)[1];
        return { kind: 'name', name: suffix ? (kids(suffix)[0]?.text ?? '') : '' };
      }
      case 'call_expression': {
        const site = kotlinReader.site(node);
        return site ? { kind: 'call', site } : { kind: 'unknown' };
      }
      case 'parenthesized_expression':
      case 'as_expression': {
        const inner = kids(node)[0];
        return inner ? { kind: 'wrap', inner } : { kind: 'unknown' };
      }
      case 'collection_literal':
        return { kind: 'list', items: kids(node) };
      default:
        return { kind: 'unknown' };
    }
  },

  crossFile(node: SyntaxNode, model: FileModel): string | undefined {
    // `props.catalogueUrl`, `properties.endpoints.catalog` on a variable of a configuration class declared elsewhere.
    return node.type === 'navigation_expression' ? propertyPath(node, model) : undefined;
  },

  declare(node: SyntaxNode, model: FileModel): void {
    switch (node.type) {
      case 'import_header': {
        const name = kids(node).find((child) => child.type === 'identifier');
        if (name) model.imports.push(compact(name.text));
        return;
      }
      case 'property_declaration': {
        const parts = kids(node);
        const declaration = parts.find((child) => child.type === 'variable_declaration');
        const [name, type] = declaration ? kids(declaration) : [];
        if (!name) return;
        const value = parts[parts.length - 1];
        const key = valueAnnotationKey(parts.find((child) => child.type === 'modifiers'));
        bindProperty(node, name, key, model);
        if (value && value !== declaration && !['modifiers', 'getter', 'setter', 'property_delegate', 'type_constraints', 'binding_pattern_kind'].includes(value.type)) bind(model.bindings, name.text, value);
        if (type) model.types.set(name.text, typeName(type.text));
        return;
      }
      case 'class_parameter':
      case 'parameter': {
        const parts = kids(node);
        const name = parts.find((child) => child.type === 'simple_identifier');
        const type = parts.find((child) => child.type === 'user_type' || child.type === 'nullable_type');
        if (!name) return;
        if (type) model.types.set(name.text, typeName(type.text));
        const modifiers = node.type === 'class_parameter' ? parts.find((child) => child.type === 'modifiers') : node.previousNamedSibling?.type === 'parameter_modifiers' ? node.previousNamedSibling : undefined;
        const key = valueAnnotationKey(modifiers);
        if (node.type === 'class_parameter') bindProperty(node, name, key, model);
        else if (key) bind(model.bindings, name.text, { kind: 'env', key });
        return;
      }
      case 'call_expression': {
        // `fetch(inventoryUrl, "/stock")`, `this.fetch(…)`: a call of the class's or file's own
        // function gives its parameters (see parameterOf), by position and by name.
        const [callee, suffix] = kids(node);
        const own = callee?.type === 'simple_identifier' ? callee : callee?.type === 'navigation_expression' && kids(callee)[0]?.type === 'this_expression' ? kids(kids(callee)[1] as SyntaxNode)[0] : undefined;
        if (!own || suffix?.type !== 'call_suffix' || isConstructor(own.text)) return;
        const { args, named } = argumentsOf(kids(suffix).find((child) => child.type === 'value_arguments'));
        args.forEach((arg, index) => bind(model.bindings, `param:${own.text}#${index}`, arg));
        for (const [keyword, arg] of named) bind(model.bindings, `param:${own.text}#${keyword}`, arg);
        return;
      }
      case 'assignment': {
        const [target, value] = kids(node);
        if (!target || !value) return;
        const targetParts = kids(target);
        const last = targetParts[targetParts.length - 1];
        if (last?.type === 'indexing_suffix') return;
        const name = last?.type === 'navigation_suffix' ? kids(last)[0]?.text : last?.type === 'simple_identifier' ? last.text : undefined;
        if (name) bind(model.bindings, name, value);
        return;
      }
      default:
        return;
    }
  },
};
