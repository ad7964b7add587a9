/**
 * Spring Cloud Stream in Java and Kotlin code: what the application binds, by binding name. The
 * broker and the destination are configuration, applied in resolution
 * (core/discovery/spring-cloud-stream.ts); here each binding is a producer or consumer whose target
 * is STREAM_FUNCTION_KEY (a functional bean, bound only if the definition selects it) or
 * STREAM_BINDING_KEY (a binding the code names itself).
 *
 * - Functional style: a `@Bean` method returning `Supplier<T>` (`<name>-out-0`), `Function<A, B>`
 *   (`-in-0`, `-out-0`), `Consumer<T>` (`-in-0`), `BiFunction`/`BiConsumer` (two inputs), reactor
 *   `TupleN` inputs or outputs (one binding each), `Mono<Void>` out (none); in Kotlin also the function
 *   types `() -> T`, `(A) -> B`, `(T) -> Unit`, or a body `= Consumer { … }`. `@Bean("name")`
 *   renames it. KStream or KTable in the signature says Kafka (the Kafka Streams binder).
 * - `StreamBridge.send("binding-or-destination", …)` produces.
 * - Annotation style: `@EnableBinding(Source.class | Sink.class | Processor.class)` binds `output`
 *   and/or `input`; `@Input("x")` / `@Output("y")` on a bindings interface's methods (the method's
 *   name when the annotation names none); `@StreamListener(Sink.INPUT | "x")` consumes.
 */
import { STREAM_BINDING_KEY, STREAM_FUNCTION_KEY, functionBinding } from '../../../core/discovery/spring-cloud-stream.js';
import type { CallSite, Refinement, Signature } from './code-model.js';

const STREAM_ANNOTATIONS = ['org.springframework.cloud.stream'];
const BEANS = ['org.springframework.context.annotation'];

/** How many input and output bindings a functional bean has, and whether it is a Kafka Streams one. */
export interface FunctionShape {
  inputs: number;
  outputs: number;
  kafkaStreams: boolean;
}

/** Splits a type's arguments at its top-level commas: `String, Map<K, V>` → two. */
function typeArguments(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '<' || char === '(') depth += 1;
    else if (char === '>' || char === ')') depth -= 1;
    else if (char === ',' && depth === 0) {
      parts.push(text.slice(start, index).trim());
      start = index + 1;
    }
  }
  const last = text.slice(start).trim();
  if (last !== '') parts.push(last);
  return parts;
}

/** Bindings one side of a function takes: a reactor `TupleN` one per element, nothing for `Void`/`Unit`/`Mono<Void>`. */
function arity(type: string): number {
  const compact = type.replace(/\s+/g, '');
  if (/^(?:(?:[\w.]+\.)?(?:Mono|Publisher))?<?(?:java\.lang\.)?(?:Void|Unit)>?$/.test(compact)) return 0;
  const tuple = /^(?:[\w.]+\.)?(?:Flux<|Mono<)?(?:reactor\.util\.function\.)?Tuple(\d)\b/.exec(compact);
  return tuple ? Number(tuple[1]) : 1;
}

/** The generic functional interfaces, with the arguments that are inputs and the one that is the output (-1 for none). */
const INTERFACES: Readonly<Record<string, { inputs: readonly number[]; output: number }>> = {
  Supplier: { inputs: [], output: 0 },
  Function: { inputs: [0], output: 1 },
  Consumer: { inputs: [0], output: -1 },
  BiFunction: { inputs: [0, 1], output: 2 },
  BiConsumer: { inputs: [0, 1], output: -1 },
};

/**
 * The shape of a functional bean from its declared type (`Function<Flux<A>, Flux<B>>`, Kotlin
 * `(A) -> B`) or, for a Kotlin expression body, the interface it constructs (`Supplier { … }`).
 */
export function functionShape(type: string): FunctionShape | undefined {
  const text = type.trim();
  const kafkaStreams = /\bK(?:Stream|Table)\s*</.test(text) || /\bGlobalKTable\s*</.test(text);
  const generic = /^(?:java\.util\.function\.)?(Supplier|Function|Consumer|BiFunction|BiConsumer)\s*(?:<([\s\S]*)>)?\s*$/.exec(text);
  if (generic) {
    const spec = INTERFACES[generic[1] as string];
    if (!spec) return undefined;
    const args = generic[2] !== undefined ? typeArguments(generic[2]) : [];
    // Without type arguments (Kotlin's `Consumer { … }`), each side is one binding.
    const side = (at: number) => (args[at] !== undefined ? arity(args[at] as string) : 1);
    const inputs = spec.inputs.length === 1 ? side(spec.inputs[0] as number) : spec.inputs.length;
    return { inputs, outputs: spec.output < 0 ? 0 : side(spec.output), kafkaStreams };
  }
  // Kotlin function types: `() -> T`, `(A) -> B`, `(A, B) -> Unit`.
  const kotlin = /^\(([\s\S]*?)\)\s*->\s*([\s\S]+)$/.exec(text);
  if (!kotlin) return undefined;
  const parameters = typeArguments(kotlin[1] as string);
  const inputs = parameters.length === 1 ? arity(parameters[0] as string) : parameters.length;
  return { inputs, outputs: arity(kotlin[2] as string), kafkaStreams };
}

/** The method or Kotlin function an annotation is on. */
function annotatedFunction(site: CallSite): CallSite['node'] | undefined {
  const declaration = site.node.parent?.parent;
  return declaration && (declaration.type === 'method_declaration' || declaration.type === 'function_declaration') ? declaration : undefined;
}

/** The declared return type's text, or a Kotlin expression body's constructed interface. */
function returnType(declaration: CallSite['node']): string | undefined {
  if (declaration.type === 'method_declaration') return declaration.childForFieldName('type')?.text;
  const children = declaration.children.filter((child): child is NonNullable<typeof child> => child !== null);
  const colon = children.findIndex((child) => child.type === ':');
  const declared = colon >= 0 ? children[colon + 1] : undefined;
  if (declared && declared.type !== 'function_body') return declared.text;
  const body = children.find((child) => child.type === 'function_body');
  const expression = body?.namedChildren[0];
  if (!expression || expression.type !== 'call_expression') return undefined;
  // `= Consumer<Order> { … }`: the callee with its type arguments, lambda dropped.
  return expression.text.replace(/\s*\{[\s\S]*$/, '').replace(/\s*\([\s\S]*$/, '');
}

/** The bean's name: `@Bean("name")` / `@Bean(name = "…")`, else the method's. */
function beanName(site: CallSite, declaration: CallSite['node']): string | undefined {
  const named = /^@\s*(?:[\w.]+\.)?Bean\s*\(\s*(?:(?:name|value)\s*=\s*)?(?:\{\s*|\[\s*|arrayOf\(\s*)?"([^"]+)"/.exec(site.node.text)?.[1];
  if (named !== undefined) return named;
  const name = declaration.childForFieldName('name') ?? declaration.namedChildren.find((child) => child?.type === 'simple_identifier');
  return name?.text;
}

/** Every binding of a functional `@Bean`, inputs first: consumed `-in-<n>`, produced `-out-<n>`. */
const functionalBean: NonNullable<Signature['refine']> = (site) => {
  const declaration = annotatedFunction(site);
  const type = declaration ? returnType(declaration) : undefined;
  const shape = type !== undefined ? functionShape(type) : undefined;
  const name = declaration ? beanName(site, declaration) : undefined;
  if (!shape || !name) return false;
  const bindings = [
    ...Array.from({ length: shape.inputs }, (_, index) => ({ role: 'consumes' as const, channel: functionBinding(name, 'in', index) })),
    ...Array.from({ length: shape.outputs }, (_, index) => ({ role: 'produces' as const, channel: functionBinding(name, 'out', index) })),
  ];
  const [first, ...more] = bindings;
  if (!first) return false;
  const refinement: Refinement = { role: first.role, channel: first.channel, key: STREAM_FUNCTION_KEY, ...(more.length > 0 ? { more } : {}) };
  return shape.kafkaStreams ? { ...refinement, technology: 'Kafka' } : refinement;
};

/** The binding names Spring's own binding interfaces declare. */
const BUILT_IN_CHANNEL = /(?:^|\.)(?:Sink|Processor)\.INPUT$|(?:^|\.)(?:Source|Processor)\.OUTPUT$/;

/** `Sink.INPUT` is `input`, `Source.OUTPUT` `output`; anything else is read as written. */
const builtInChannel: NonNullable<Signature['refine']> = (site, tools) => {
  const node = tools.node(site, 0) ?? tools.node(site, 'value') ?? tools.node(site, 'target');
  const text = node ? tools.text(node) : '';
  return BUILT_IN_CHANNEL.test(text) ? { channel: text.endsWith('INPUT') ? 'input' : 'output' } : undefined;
};

/** `@EnableBinding` naming Spring's built-in bindings interfaces: Sink's `input`, Source's `output`, Processor's both. */
const enableBinding: NonNullable<Signature['refine']> = (site) => {
  const bindings = [
    ...(/\b(?:Sink|Processor)\b/.test(site.node.text) ? [{ role: 'consumes' as const, channel: 'input' }] : []),
    ...(/\b(?:Source|Processor)\b/.test(site.node.text) ? [{ role: 'produces' as const, channel: 'output' }] : []),
  ];
  const [first, ...more] = bindings;
  return first ? { role: first.role, channel: first.channel, ...(more.length > 0 ? { more } : {}) } : false;
};

/** `@Input()` / `@Output()` without a name binds the method's name. */
const declaredChannel: NonNullable<Signature['refine']> = (site) => {
  if (site.args.length > 0 || /\(\s*\S/.test(site.node.text.replace(/^@[\w.]+/, ''))) return undefined;
  const declaration = annotatedFunction(site);
  const name = declaration ? beanName(site, declaration) : undefined;
  return name ? { channel: name } : false;
};

const stream = (role: 'produces' | 'consumes', call: readonly string[], options: Omit<Signature, 'call' | 'role' | 'mechanism'>): Signature => ({
  call,
  role,
  mechanism: 'messaging',
  targetKind: 'message-broker',
  ...options,
});

export const SPRING_CLOUD_STREAM_SIGNATURES: readonly Signature[] = [
  stream('consumes', ['@Bean'], { imports: BEANS, refine: functionalBean }),
  stream('produces', ['StreamBridge.send'], { imports: STREAM_ANNOTATIONS, channel: [0], key: STREAM_BINDING_KEY, refine: (site) => (site.args.length >= 2 ? undefined : false) }),
  stream('consumes', ['@EnableBinding'], { imports: STREAM_ANNOTATIONS, key: STREAM_BINDING_KEY, refine: enableBinding }),
  stream('consumes', ['@Input'], { imports: STREAM_ANNOTATIONS, channel: [0, 'value'], key: STREAM_BINDING_KEY, refine: declaredChannel }),
  stream('produces', ['@Output'], { imports: STREAM_ANNOTATIONS, channel: [0, 'value'], key: STREAM_BINDING_KEY, refine: declaredChannel }),
  stream('consumes', ['@StreamListener'], { imports: STREAM_ANNOTATIONS, channel: [0, 'value', 'target'], key: STREAM_BINDING_KEY, refine: builtInChannel }),
];

/**
 * What a file must hold to be read for functional beans: `@Bean` shortly before a functional
 * interface or a Kotlin function type (`fun f(): (A) -> B`, `fun f() = Consumer { … }`).
 */
export const SPRING_CLOUD_STREAM_TRIGGER = '@Bean\\b[^;{}]{0,300}?(?:\\b(?:Supplier|Function|Consumer|BiFunction|BiConsumer)\\s*<|\\)\\s*:\\s*\\(|=\\s*(?:Supplier|Function|Consumer)\\b)|cloud\\.stream\\.annotation';
