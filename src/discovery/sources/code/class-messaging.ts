/**
 * Messaging through a team's base classes (TypeScript and JavaScript). A shared library defines
 * `abstract class Publisher { abstract subject; publish(data) { this.client.publish(this.subject, …) } }`
 * and each service subclasses it (`class OrderCreatedPublisher extends Publisher<…> { subject =
 * Subjects.OrderCreated }`). Files are read one at a time, so this only states what each says:
 *
 * - a producer or consumer call inside a class's method is marked with the class's name, and with
 *   the field its channel is read from when that is `this.<field>`;
 * - a class extending another is a SubclassFact, with the fields it sets to a string or to a
 *   constant (`Subjects.OrderCreated`);
 * - a string enum's members are bindings (`code:Subjects.OrderCreated` → `order:created`), which
 *   resolution looks the constants up in, wherever the enum is.
 *
 * Resolution joins them (resolve.ts): a service's subclass of a library class makes the library
 * class's connections, with the subclass's channel.
 */
import type { BindingFact, ConnectionFact, EvidenceAt, Fact, SubclassFact } from '../../../core/discovery/facts.js';
import type { SyntaxNode } from './code-model.js';
import { field, kids, lineOf, unquote } from './syntax-helpers.js';

/** Cheap test of a file's text: whether it may declare a subclass or a string enum. */
export const MAY_DECLARE_CLASSES = /\bclass\s+[A-Za-z_$][\w$]*\s*(?:<[^{]*?>)?\s*extends\s+[A-Za-z_$]|\benum\s+[A-Za-z_$][\w$]*\s*\{/;

const CLASS_TYPES = new Set(['class_declaration', 'abstract_class_declaration', 'class']);

/** Every node of a type among `types`, depth first. */
function collect(root: SyntaxNode, types: ReadonlySet<string>): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  const stack: SyntaxNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as SyntaxNode;
    if (types.has(node.type)) found.push(node);
    const children = kids(node);
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index] as SyntaxNode);
  }
  return found;
}

/** The name a class extends: `Publisher<OrderEvent>` → `Publisher`, `base.Listener` → `Listener`. */
function baseOf(declaration: SyntaxNode): string | undefined {
  const heritage = kids(declaration).find((child) => child.type === 'class_heritage');
  if (!heritage) return undefined;
  const clause = kids(heritage).find((child) => child.type === 'extends_clause') ?? heritage;
  const expression = field(clause, 'value') ?? kids(clause).find((child) => child.type === 'identifier' || child.type === 'member_expression');
  const text = expression?.text.replace(/<[\s\S]*$/, '').trim();
  const name = text?.split('.').pop();
  return name && /^[A-Za-z_$][\w$]*$/.test(name) ? name : undefined;
}

/** A field's value as a SubclassFact states it: a string, or a constant to look up. */
function fieldValue(node: SyntaxNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'string' || (node.type === 'template_string' && !node.text.includes('${'))) return `literal:${unquote(node.text)}`;
  if (node.type === 'member_expression' && /^[A-Za-z_$][\w$]*\.[A-Za-z_$][\w$]*$/.test(node.text)) return `$ref:code:${node.text}`;
  if (node.type === 'as_expression' || node.type === 'parenthesized_expression') return fieldValue(kids(node)[0] ?? undefined);
  return undefined;
}

/** The fields a class body sets: `subject = Subjects.X`, `readonly subject = 'x'`, `subject: Subjects.X = Subjects.X`. */
function fieldsOf(declaration: SyntaxNode): Record<string, string> {
  const fields: Record<string, string> = {};
  const body = field(declaration, 'body') ?? kids(declaration).find((child) => child.type === 'class_body');
  for (const member of kids(body ?? declaration)) {
    if (member.type !== 'public_field_definition' && member.type !== 'field_definition') continue;
    const name = (field(member, 'name') ?? field(member, 'property'))?.text;
    const value = fieldValue(field(member, 'value'));
    if (name && value) fields[name] = value;
  }
  return fields;
}

/** Property names that hold a channel in a client call's options (kafkajs `{ topic }`, `{ topics: [...] }`). */
const CHANNEL_KEYS = new Set(['topic', 'topics', 'queue', 'subject', 'channel', 'exchange']);

/** The field a call's channel is read from: its first argument or a channel option written `this.<field>`. */
function fieldOfChannel(call: SyntaxNode): string | undefined {
  const own = (node: SyntaxNode | undefined): string | undefined => {
    const inner = node?.type === 'array' ? kids(node).find((child) => child.isNamed) : node;
    return inner && /^this\.[\w$]+$/.test(inner.text) ? inner.text.slice('this.'.length) : undefined;
  };
  const first = kids(field(call, 'arguments') ?? call).find((child) => child.isNamed);
  if (!first) return undefined;
  if (first.type !== 'object') return own(first);
  for (const pair of kids(first)) {
    const key = pair.type === 'pair' ? field(pair, 'key')?.text.replace(/^["']|["']$/g, '') : undefined;
    if (key && CHANNEL_KEYS.has(key)) return own(field(pair, 'value'));
  }
  return undefined;
}

/** The members of the file's string enums, as bindings under `code:Enum.Member`. */
function enumBindings(root: SyntaxNode, evidenceAt: EvidenceAt): BindingFact[] {
  const bindings: BindingFact[] = [];
  for (const declaration of collect(root, new Set(['enum_declaration']))) {
    const name = field(declaration, 'name')?.text;
    const body = field(declaration, 'body') ?? kids(declaration).find((child) => child.type === 'enum_body');
    if (!name || !body) continue;
    for (const member of kids(body)) {
      if (member.type !== 'enum_assignment') continue;
      const key = field(member, 'name')?.text;
      const value = field(member, 'value');
      if (!key || value?.type !== 'string') continue;
      bindings.push({ type: 'binding', key: `code:${name}.${key}`, value: unquote(value.text), evidence: evidenceAt(lineOf(member)) });
    }
  }
  return bindings;
}

/**
 * Adds what the file's classes say to the facts emission made of it: the class of each producer
 * and consumer made in a method, the file's subclasses, and its string enums.
 */
export function classMessagingFacts(root: SyntaxNode, facts: Fact[], evidenceAt: EvidenceAt): Fact[] {
  const classes = collect(root, CLASS_TYPES);
  const messaging = facts.filter((fact): fact is ConnectionFact => fact.type === 'connection' && (fact.role === 'produces' || fact.role === 'consumes'));
  for (const fact of messaging) {
    // The innermost class holding the call's line.
    const holder = classes.filter((node) => node.startPosition.row + 1 <= fact.evidence.line && fact.evidence.line <= node.endPosition.row + 1).pop();
    const name = holder ? field(holder, 'name')?.text : undefined;
    if (!holder || !name) continue;
    fact.inClass = name;
    if (fact.channel !== undefined) continue;
    // `this.client.publish(this.subject, …)`, `producer.send({ topic: this.topic, … })` on that
    // line: the channel is the field the subclass sets.
    for (const call of collect(holder, new Set(['call_expression', 'new_expression']))) {
      if (lineOf(call) !== fact.evidence.line) continue;
      const channelField = fieldOfChannel(call);
      if (channelField === undefined) continue;
      fact.channelField = channelField;
      break;
    }
  }
  const extra: Fact[] = [];
  const declared = new Set(classes.map((declaration) => field(declaration, 'name')?.text));
  for (const declaration of classes) {
    const name = field(declaration, 'name')?.text;
    const base = baseOf(declaration);
    // A base class of the same file is not another package's.
    if (!name || !base || declared.has(base)) continue;
    const subclass: SubclassFact = { type: 'subclass', name, base, fields: fieldsOf(declaration), evidence: evidenceAt(lineOf(declaration)) };
    extra.push(subclass);
  }
  return [...facts, ...extra, ...enumBindings(root, evidenceAt)];
}
