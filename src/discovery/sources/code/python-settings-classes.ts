/**
 * pydantic-settings classes (`class Settings(BaseSettings): ORDERS_URL: HttpUrl = "http://…"`),
 * the way FastAPI services and many Python apps read their environment: each field is the env var
 * of its name (with the class's `env_prefix`; pydantic matches it case-insensitively, deployments
 * write it in capitals) or of its alias, and the field's default stands when nothing sets it.
 * Code reads the field off an instance (`settings.ORDERS_URL`), often in another module, so a field
 * is read here as `os.environ.get("ORDERS_URL", default)` would be.
 */
import type { SyntaxNode } from './code-model.js';
import { field, kids } from './syntax-helpers.js';

/** A settings field: the env var it reads and the expression of its default, if any. */
export interface SettingsField {
  name: string;
  env: string;
  fallback?: SyntaxNode;
}

/** pydantic's URL and DSN types, and secrets, written around a default (`HttpUrl("http://sandbox:8194")`). */
export const WRAPPER_TYPES = /^(?:pydantic\.)?(?:HttpUrl|AnyUrl|AnyHttpUrl|Url|PostgresDsn|MySQLDsn|RedisDsn|AmqpDsn|KafkaDsn|MongoDsn|NatsDsn|SecretStr|str)$/;

/** The text of a plain string literal, or undefined. */
function stringText(node: SyntaxNode | undefined): string | undefined {
  if (node?.type !== 'string') return undefined;
  const content = kids(node).filter((child) => child.type === 'string_content');
  if (kids(node).some((child) => child.type === 'interpolation')) return undefined;
  return content.map((child) => child.text).join('');
}

/** Keyword arguments of a call, by name. */
function keywords(call: SyntaxNode): Map<string, SyntaxNode> {
  const named = new Map<string, SyntaxNode>();
  const args = field(call, 'arguments');
  for (const child of args ? kids(args) : []) {
    const name = field(child, 'name')?.text;
    const value = field(child, 'value');
    if (child.type === 'keyword_argument' && name && value) named.set(name, value);
  }
  return named;
}

/** The first name an alias gives: `"DB_URL"`, `AliasChoices("DB_URL", "DATABASE_URL")`. */
function aliasName(node: SyntaxNode | undefined): string | undefined {
  const text = stringText(node);
  if (text !== undefined) return text;
  if (node?.type !== 'call' || !/(^|\.)AliasChoices$/.test(field(node, 'function')?.text ?? '')) return undefined;
  const args = field(node, 'arguments');
  return stringText(args ? kids(args).find((child) => child.type === 'string') : undefined);
}

/** Whether a class is a settings class: it derives from BaseSettings, or (in a file that uses pydantic-settings) from other settings classes by name. */
function isSettingsClass(definition: SyntaxNode): boolean {
  const bases = field(definition, 'superclasses');
  const names = bases ? kids(bases).map((base) => base.text) : [];
  if (names.some((name) => /(^|\.)BaseSettings$/.test(name))) return true;
  const source = definition.tree.rootNode.text;
  return names.length > 0 && /\bpydantic_settings\b|\bBaseSettings\b/.test(source) && names.every((name) => /(?:Settings|Config)$/.test(name));
}

/** The class's `env_prefix`: `model_config = SettingsConfigDict(env_prefix="APP_")`, or pydantic 1's inner `class Config: env_prefix = "APP_"`. */
function envPrefixOf(body: SyntaxNode): string {
  for (const statement of kids(body)) {
    const assignment = statement.type === 'expression_statement' ? kids(statement)[0] : undefined;
    if (assignment?.type === 'assignment' && field(assignment, 'left')?.text === 'model_config') {
      const right = field(assignment, 'right');
      const prefix = right?.type === 'call' ? stringText(keywords(right).get('env_prefix')) : undefined;
      if (prefix !== undefined) return prefix;
    }
    if (statement.type === 'class_definition' && field(statement, 'name')?.text === 'Config') {
      const inner = field(statement, 'body');
      for (const line of inner ? kids(inner) : []) {
        const set = line.type === 'expression_statement' ? kids(line)[0] : undefined;
        if (set?.type === 'assignment' && field(set, 'left')?.text === 'env_prefix') return stringText(field(set, 'right')) ?? '';
      }
    }
  }
  return '';
}

/** The default a field's right-hand side gives: the value itself, `Field(default=…)` / `Field("…")`, a URL type around a literal. */
function defaultOf(right: SyntaxNode | undefined): SyntaxNode | undefined {
  if (!right) return undefined;
  if (right.type !== 'call') return right;
  const callee = field(right, 'function')?.text ?? '';
  const args = field(right, 'arguments');
  const positional = args ? kids(args).filter((child) => child.type !== 'keyword_argument') : [];
  if (/(^|\.)Field$/.test(callee)) {
    const given = keywords(right).get('default') ?? positional[0];
    return given && given.type !== 'ellipsis' ? defaultOf(given) : undefined;
  }
  if (WRAPPER_TYPES.test(callee) && positional.length === 1) return positional[0];
  return right;
}

/** The settings field an assignment in a class body declares (`NAME: type = default`), or undefined. */
export function settingsField(assignment: SyntaxNode): SettingsField | undefined {
  const left = field(assignment, 'left');
  if (assignment.type !== 'assignment' || left?.type !== 'identifier' || !field(assignment, 'type')) return undefined;
  const name = left.text;
  if (name === 'model_config' || name.startsWith('_')) return undefined;
  const body = assignment.parent?.type === 'expression_statement' ? assignment.parent.parent : undefined;
  const definition = body?.type === 'block' ? body.parent : undefined;
  if (!body || definition?.type !== 'class_definition' || !isSettingsClass(definition)) return undefined;
  const right = field(assignment, 'right');
  const options = right?.type === 'call' && /(^|\.)Field$/.test(field(right, 'function')?.text ?? '') ? keywords(right) : new Map<string, SyntaxNode>();
  // An alias is the env var's whole name: pydantic-settings puts no prefix before it.
  const alias = aliasName(options.get('validation_alias')) ?? aliasName(options.get('alias')) ?? aliasName(options.get('env'));
  const fallback = defaultOf(right);
  return { name, env: alias ?? `${envPrefixOf(body)}${name}`.toUpperCase(), ...(fallback ? { fallback } : {}) };
}

/** pydantic's own constructors in a settings class (`Field(…)`, `HttpUrl(…)`, `AliasChoices(…)`): not the service's classes, whose constructor arguments are bound. */
export function isPydanticConstructor(name: string): boolean {
  return WRAPPER_TYPES.test(name) || /^(?:Field|AliasChoices|AliasPath|SettingsConfigDict|ConfigDict)$/.test(name);
}
