/**
 * TypeScript configuration classes whose fields' decorators name the environment variable each is
 * read from, the field's initializer its default (n8n's `@Config class QueueConfig {
 * @Env('QUEUE_BULL_REDIS_HOST') host: string = 'localhost' }`, and its kin `@EnvVar`, `@FromEnv`):
 * such a field reads as `process.env.QUEUE_BULL_REDIS_HOST ?? 'localhost'` does. A field holding
 * another such class (`@Nested redis: RedisConfig`, or typed by one of the file's config classes)
 * is a section, so code reads a field by its path from the class it holds
 * (`Container.get(GlobalConfig).queue.redis.host`, `this.config.queue.redis.host` with `config:
 * GlobalConfig`): the file shares each env field under every such path from each of its config
 * classes (`GlobalConfig.queue.redis.host`, `QueueConfig.redis.host`, `RedisConfig.host`), and the
 * reader names a read through a config class imported from another file by the same path
 * (typescript-reader.ts `crossFile`). Two fields named alike in two sections (`queue.redis.host`,
 * `mail.host`) stay apart.
 */
import type { SyntaxNode } from './code-model.js';
import { field, isEnvName, kids, unquote } from './syntax-helpers.js';

/** Whether a script may declare a field read from an env var by its decorator (`@Env('X')`): cheap, before it is parsed. */
export function mayDeclareConfigClasses(text: string): boolean {
  return /@\w*Env\w*\(\s*['"][A-Z]/.test(text);
}

/** Sections nest a few levels in practice; more is a loop. */
const MAX_DEPTH = 6;

/** A field's decorators with their names (`@Env('X')` → `Env`) and call arguments. */
function decorators(fieldNode: SyntaxNode): { name: string; args: SyntaxNode[] }[] {
  return kids(fieldNode)
    .filter((child) => child.type === 'decorator')
    .map((decorator) => {
      const inner = kids(decorator)[0];
      const callee = inner?.type === 'call_expression' ? field(inner, 'function') : inner;
      const list = inner?.type === 'call_expression' ? field(inner, 'arguments') : undefined;
      return { name: callee?.text.replace(/^.*\./, '') ?? '', args: list ? kids(list) : [] };
    });
}

/** The env var a class field's decorator says it is read from (`@Env('RELAY_QUEUE_REDIS_HOST')`): a decorator named for the environment given an env-var name. */
export function envFieldKey(fieldNode: SyntaxNode): string | undefined {
  if (fieldNode.type !== 'public_field_definition' && fieldNode.type !== 'field_definition') return undefined;
  for (const { name, args } of decorators(fieldNode)) {
    const first = args[0];
    const key = first?.type === 'string' ? unquote(first.text) : undefined;
    if (/env/i.test(name) && key !== undefined && isEnvName(key)) return key;
  }
  return undefined;
}

/** The class declaring a field, when it is a named class. */
export function classOfField(fieldNode: SyntaxNode): SyntaxNode | undefined {
  const body = fieldNode.parent;
  const declaration = body?.type === 'class_body' ? body.parent : undefined;
  return declaration && (declaration.type === 'class_declaration' || declaration.type === 'abstract_class_declaration') && field(declaration, 'name') ? declaration : undefined;
}

/** A field's name and its declared type's name (`redis: RedisConfig` → `RedisConfig`). */
function fieldParts(fieldNode: SyntaxNode): { name?: string; type?: string } {
  const name = field(fieldNode, 'name') ?? field(fieldNode, 'property');
  const annotation = field(fieldNode, 'type');
  const type = annotation ? kids(annotation)[0] : undefined;
  return { name: name?.text, type: type?.type === 'type_identifier' ? type.text : undefined };
}

/**
 * Every path the file's config classes give their env fields: `{ GlobalConfig.queue.redis.host →
 * the field }`, from each class holding env fields or sections of them.
 */
export function configFieldPaths(classes: readonly SyntaxNode[]): Map<string, SyntaxNode> {
  const byName = new Map<string, SyntaxNode>();
  for (const declaration of classes) {
    const name = field(declaration, 'name')?.text;
    if (name) byName.set(name, declaration);
  }
  type Member = { name: string; env?: SyntaxNode; section?: SyntaxNode };
  const members = (declaration: SyntaxNode): Member[] => {
    const body = field(declaration, 'body');
    return (body ? kids(body) : []).flatMap((member): Member[] => {
      const { name, type } = fieldParts(member);
      if (name === undefined || (member.type !== 'public_field_definition' && member.type !== 'field_definition')) return [];
      if (envFieldKey(member) !== undefined) return [{ name, env: member }];
      // A section: a field typed by another config class of the file (`@Nested` or not).
      const section = type !== undefined ? byName.get(type) : undefined;
      return section && section.id !== declaration.id ? [{ name, section }] : [];
    });
  };
  const paths = new Map<string, SyntaxNode>();
  const visit = (declaration: SyntaxNode, prefix: string, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    for (const member of members(declaration)) {
      if (member.env) paths.set(`${prefix}.${member.name}`, member.env);
      else if (member.section) visit(member.section, `${prefix}.${member.name}`, depth + 1);
    }
  };
  for (const [name, declaration] of byName) visit(declaration, name, 0);
  return paths;
}

/** The config class a value is got as: `Container.get(GlobalConfig)`, `inject(GlobalConfig)`, `new GlobalConfig()`; the class's name. */
export function injectedClass(value: SyntaxNode): string | undefined {
  if (value.type === 'new_expression') {
    const constructor = field(value, 'constructor');
    return constructor?.type === 'identifier' ? constructor.text : undefined;
  }
  if (value.type !== 'call_expression') return undefined;
  const callee = field(value, 'function');
  const method = callee?.type === 'member_expression' ? field(callee, 'property')?.text : callee?.text;
  const list = field(value, 'arguments');
  const args = list ? kids(list) : [];
  return method !== undefined && /^(get|inject|resolve)$/.test(method) && args.length === 1 && args[0]?.type === 'identifier' ? args[0].text : undefined;
}
