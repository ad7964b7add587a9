/**
 * pydantic-settings: a `BaseSettings` subclass fills each annotated field from the environment
 * variable of the field's name (`qdrant_url: str = "http://localhost:6333"` reads `QDRANT_URL`,
 * case-insensitively unless the class says otherwise), after the class's `env_prefix`; a field's
 * `alias`/`validation_alias` (pydantic v2) or `env` (v1) names the variable outright, without the
 * prefix. The written value is only the default. See
 * https://docs.pydantic.dev/latest/concepts/pydantic_settings/#environment-variable-names.
 */
import type { SyntaxNode } from './code-model.js';
import { field, kids, unquote } from './syntax-helpers.js';

/** One field of a settings class: the variable it reads and its default, if written. */
export interface SettingsField {
  /** The attribute code reads (`settings.qdrant_url`). */
  name: string;
  /** The environment variable pydantic fills it from. */
  env: string;
  /** The default, when the field has one. */
  fallback?: SyntaxNode;
}

const BASES = /^(?:[\w.]+\.)?BaseSettings$/;
/** Calls whose result is a field's declaration rather than its default. */
const FIELD_CALL = /^(?:pydantic\.)?Field$/;

/** The statements of a class body that are assignments. */
function assignmentsOf(body: SyntaxNode): SyntaxNode[] {
  return kids(body)
    .filter((statement) => statement.type === 'expression_statement')
    .map((statement) => kids(statement)[0])
    .filter((node): node is SyntaxNode => node?.type === 'assignment');
}

/** A string literal's text, when the node is a plain string. */
function literal(node: SyntaxNode | undefined): string | undefined {
  return node?.type === 'string' && !node.text.startsWith('f') ? unquote(node.text) : undefined;
}

/** The keyword arguments of a call, by name. */
function keywords(call: SyntaxNode): Map<string, SyntaxNode> {
  const found = new Map<string, SyntaxNode>();
  for (const argument of kids(field(call, 'arguments') ?? call)) {
    const name = argument.type === 'keyword_argument' ? field(argument, 'name')?.text : undefined;
    const value = name ? field(argument, 'value') : undefined;
    if (name && value) found.set(name, value);
  }
  return found;
}

/** The class's `env_prefix` and case sensitivity: `model_config = SettingsConfigDict(…)` (v2) or an inner `class Config:` (v1). */
function configOf(body: SyntaxNode): { prefix: string; caseSensitive: boolean } {
  const config = { prefix: '', caseSensitive: false };
  const read = (name: string | undefined, value: SyntaxNode | undefined): void => {
    if (name === 'env_prefix') config.prefix = literal(value) ?? config.prefix;
    if (name === 'case_sensitive') config.caseSensitive = value?.text === 'True';
  };
  for (const assignment of assignmentsOf(body)) {
    const right = field(assignment, 'right');
    if (field(assignment, 'left')?.text !== 'model_config' || right?.type !== 'call') continue;
    for (const [name, value] of keywords(right)) read(name, value);
  }
  for (const inner of kids(body).filter((node) => node.type === 'class_definition' && field(node, 'name')?.text === 'Config')) {
    const innerBody = field(inner, 'body');
    for (const assignment of innerBody ? assignmentsOf(innerBody) : []) read(field(assignment, 'left')?.text, field(assignment, 'right'));
  }
  return config;
}

/**
 * Whether a class derives from pydantic's `BaseSettings`: directly, as written in the file, or (in
 * a file that uses pydantic-settings) only from other classes named as settings classes are
 * (`class FeatureConfig(PluginConfig, SandboxConfig)`, the mixins an app's settings are made of).
 */
export function isSettingsClass(node: SyntaxNode): boolean {
  if (node.type !== 'class_definition') return false;
  const bases = field(node, 'superclasses');
  const names = bases ? kids(bases).filter((base) => base.type === 'identifier' || base.type === 'attribute').map((base) => base.text.replace(/\s+/g, '')) : [];
  if (names.some((name) => BASES.test(name))) return true;
  return names.length > 0 && names.every((name) => /(?:Settings|Config)$/.test(name)) && /\bpydantic_settings\b|\bBaseSettings\b/.test(node.tree.rootNode.text);
}

/** The first name an alias gives: `"DB_URL"`, `AliasChoices("DB_URL", "DATABASE_URL")`. */
function aliasName(node: SyntaxNode | undefined): string | undefined {
  const text = literal(node);
  if (text !== undefined || node?.type !== 'call' || !/(^|\.)AliasChoices$/.test(field(node, 'function')?.text ?? '')) return text;
  return literal(kids(field(node, 'arguments') ?? node).find((argument) => argument.type === 'string'));
}

/** pydantic's own constructors in a settings class (`Field(…)`, `HttpUrl(…)`, `AliasChoices(…)`): not the service's classes, whose constructor arguments are bound. */
export function isPydanticConstructor(name: string): boolean {
  return /^(?:Field|AliasChoices|AliasPath|SettingsConfigDict|ConfigDict|HttpUrl|AnyUrl|AnyHttpUrl|PostgresDsn|MySQLDsn|RedisDsn|AmqpDsn|KafkaDsn|MongoDsn|NatsDsn|SecretStr)$/.test(name);
}

/** The settings field an annotated assignment in a `BaseSettings` class body declares, if it is one. */
export function settingsField(assignment: SyntaxNode): SettingsField | undefined {
  if (assignment.type !== 'assignment' || !field(assignment, 'type')) return undefined;
  const body = assignment.parent?.parent;
  const owner = body?.parent;
  if (assignment.parent?.type !== 'expression_statement' || body?.type !== 'block' || !owner || !isSettingsClass(owner)) return undefined;
  const name = field(assignment, 'left');
  if (name?.type !== 'identifier' || name.text === 'model_config') return undefined;
  const config = configOf(body);
  const right = field(assignment, 'right');
  const declared = right?.type === 'call' && FIELD_CALL.test(field(right, 'function')?.text ?? '') ? keywords(right) : undefined;
  const alias = declared ? (aliasName(declared.get('validation_alias')) ?? aliasName(declared.get('alias')) ?? aliasName(declared.get('env'))) : undefined;
  const fallback = declared ? (declared.get('default') ?? kids(field(right as SyntaxNode, 'arguments') as SyntaxNode).find((argument) => argument.type !== 'keyword_argument' && argument.text !== '...')) : right;
  const written = alias ?? `${config.prefix}${name.text}`;
  return { name: name.text, env: config.caseSensitive ? written : written.toUpperCase(), ...(fallback ? { fallback } : {}) };
}
