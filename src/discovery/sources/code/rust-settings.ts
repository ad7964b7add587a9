/**
 * Rust services reading their addresses from a settings file deserialised into a struct tree
 * (`deser_hjson::from_str::<Settings>`, the `config` crate's `try_deserialize::<Settings>()`,
 * `toml::from_str`, `serde_yaml::from_str`): `#[derive(Deserialize)] struct Settings { database:
 * DatabaseConfig, pictrs: Option<PictrsConfig>, email: Option<EmailConfig> }` with nested structs
 * (`struct PictrsConfig { url: Url }`). The code reads a field of such a struct through a value of
 * its type (`pictrs_config.url`, `settings.database.connection`, `email_config.smtp_server`).
 *
 * Two halves meet in resolution:
 * - the file declaring the structs binds each field of a struct it can place in the tree to the
 *   settings-file key it is read from: `code:RustSettings.PictrsConfig.url` → `$ref:pictrs.url`
 *   (serde's `rename`, `rename_all` and `flatten` applied), for the whole scan, as the struct is
 *   read from every crate of the workspace;
 * - a field read (`pictrs_config.url`) is the key `code:RustSettings.<Type>.<fields>` of its
 *   value's type: the declared type of a name (`cfg: &EmailConfig`), else the type its name or the
 *   method giving it is named after, as Rust names values (`pictrs_config`, `.pictrs_config()?`,
 *   `SETTINGS`), only for types named like settings (`…Settings`, `…Config`). A chain longer than
 *   one field (`settings.database.connection`) is read below the first field's key (resolve.ts,
 *   memberOfBoundPrefix).
 *
 * The settings file itself binds its keys for the service that mounts it (mounted-settings.ts).
 * Not followed: a struct tree split across files (a section type declared in another file than the
 * root has no known place), getters computing a value (`settings.get_database_url()`).
 */
import type { SyntaxNode } from './code-model.js';
import { field, kids } from './syntax-helpers.js';

/** The prefix of the keys a settings struct's fields are read under. */
export const RUST_SETTINGS_KEY = 'RustSettings';

/** Type names that stand for a settings struct or one of its sections. */
const SETTINGS_TYPE = /(?:Settings|Config|Configuration|Conf)$/;

/** Wrappers whose inner type is what a field holds for reading (`Option<PictrsConfig>`). */
const WRAPPERS = new Set(['Option', 'Box', 'Arc', 'Rc']);

/** A field of a deserialised struct: its name in code, its key in the file, the struct type it holds. */
interface SettingsField {
  name: string;
  key: string;
  type?: string;
  flatten: boolean;
}

/** The attributes written before an item (`#[derive(…)]`, `#[serde(…)]`). */
function attributesOf(node: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  for (let sibling = node.previousNamedSibling; sibling && (sibling.type === 'attribute_item' || sibling.type === 'line_comment' || sibling.type === 'block_comment'); sibling = sibling.previousNamedSibling) {
    if (sibling.type === 'attribute_item') found.push(sibling);
  }
  return found;
}

/** The string a `#[serde(name = "…")]` attribute gives, if any. */
function serdeString(attributes: SyntaxNode[], name: string): string | undefined {
  for (const attribute of attributes) {
    const match = new RegExp(`^#\\[serde\\([^\\]]*\\b${name}\\s*=\\s*"([^"]*)"`).exec(attribute.text);
    if (match) return match[1];
  }
  return undefined;
}

/** Whether a `#[serde(…)]` attribute holds a bare word (`flatten`). */
function serdeFlag(attributes: SyntaxNode[], word: string): boolean {
  return attributes.some((attribute) => new RegExp(`^#\\[serde\\([^\\]]*\\b${word}\\b(?!\\s*=)`).test(attribute.text));
}

/** A field name as serde's `rename_all` spells it in the file. */
export function renamed(name: string, rule: string | undefined): string {
  const words = name.split('_').filter((word) => word !== '');
  switch (rule) {
    case 'camelCase':
      return words.map((word, index) => (index === 0 ? word : (word[0] ?? '').toUpperCase() + word.slice(1))).join('');
    case 'PascalCase':
      return words.map((word) => (word[0] ?? '').toUpperCase() + word.slice(1)).join('');
    case 'kebab-case':
      return words.join('-');
    case 'SCREAMING_SNAKE_CASE':
      return name.toUpperCase();
    case 'SCREAMING-KEBAB-CASE':
      return words.join('-').toUpperCase();
    case 'lowercase':
      return name.toLowerCase();
    case 'UPPERCASE':
      return name.toUpperCase();
    default:
      return name;
  }
}

/** The struct type a field's type holds for reading, less wrappers and paths (`Option<crate::PictrsConfig>` → `PictrsConfig`); none for collections. */
export function heldType(text: string): string | undefined {
  let rest = text.replace(/\s+/g, '');
  for (let steps = 0; steps < 4; steps += 1) {
    const generic = /^(?:[\w:]+::)?(\w+)<(.*)>$/.exec(rest);
    if (!generic) break;
    if (!WRAPPERS.has(generic[1] as string)) return undefined;
    rest = generic[2] as string;
  }
  const name = /^(?:[\w:]+::)?([A-Z]\w*)$/.exec(rest)?.[1];
  return name;
}

/** The deserialised structs of a file, by name, with their fields. */
function deserialisedStructs(root: SyntaxNode): Map<string, SettingsField[]> {
  const structs = new Map<string, SettingsField[]>();
  for (const struct of root.descendantsOfType('struct_item')) {
    const name = struct ? field(struct, 'name')?.text : undefined;
    const body = struct ? field(struct, 'body') : undefined;
    if (!struct || !name || body?.type !== 'field_declaration_list') continue;
    const attributes = attributesOf(struct);
    if (!attributes.some((attribute) => /^#\[derive\([^\]]*\bDeserialize\b/.test(attribute.text))) continue;
    const rule = serdeString(attributes, 'rename_all');
    const fields: SettingsField[] = [];
    for (const declaration of kids(body)) {
      if (declaration.type !== 'field_declaration') continue;
      const fieldName = field(declaration, 'name')?.text;
      const type = field(declaration, 'type')?.text;
      if (!fieldName) continue;
      const own = attributesOf(declaration);
      if (serdeFlag(own, 'skip') || serdeFlag(own, 'skip_deserializing')) continue;
      const key = serdeString(own, 'rename') ?? renamed(fieldName.replace(/^r#/, ''), rule);
      const held = type ? heldType(type) : undefined;
      fields.push({ name: fieldName, key, ...(held ? { type: held } : {}), flatten: serdeFlag(own, 'flatten') });
    }
    structs.set(name, fields);
  }
  return structs;
}

/**
 * Where each deserialised struct of a file sits in its settings file: the roots (structs named like
 * settings that no other struct of the file holds, or named in a deserialising call) at the top,
 * each held struct under its field's key (`PictrsConfig` → `pictrs`). A struct held at two places
 * has no one place and is left out.
 */
export function settingsPlaces(root: SyntaxNode): Map<string, { path: string; fields: SettingsField[] }> {
  const structs = deserialisedStructs(root);
  const places = new Map<string, { path: string; fields: SettingsField[] }>();
  if (structs.size === 0) return places;
  const held = new Map<string, number>();
  for (const fields of structs.values()) for (const one of fields) if (one.type && structs.has(one.type)) held.set(one.type, (held.get(one.type) ?? 0) + 1);
  const loaded = new Set([...root.text.matchAll(/\b(?:from_str|from_slice|from_reader|try_deserialize|try_into|deserialize|get)::<\s*(\w+)\s*>/g)].map((match) => match[1] as string));
  const roots = [...structs.keys()].filter((name) => !held.has(name) && (SETTINGS_TYPE.test(name) || loaded.has(name)));
  const visit = (name: string, path: string, depth: number): void => {
    const fields = structs.get(name);
    if (!fields || depth > 8 || places.has(name)) return;
    places.set(name, { path, fields });
    for (const one of fields) {
      if (!one.type || !structs.has(one.type) || (held.get(one.type) ?? 0) > 1) continue;
      visit(one.type, one.flatten ? path : path === '' ? one.key : `${path}.${one.key}`, depth + 1);
    }
  };
  for (const name of roots) visit(name, '', 0);
  return places;
}

/** The settings-file key of each field of the placed structs: `RustSettings.PictrsConfig.url` → `pictrs.url`. */
export function settingsFieldKeys(root: SyntaxNode): { name: string; key: string; at: SyntaxNode }[] {
  const keys: { name: string; key: string; at: SyntaxNode }[] = [];
  const declarations = new Map<string, SyntaxNode>();
  for (const struct of root.descendantsOfType('struct_item')) {
    const name = struct ? field(struct, 'name')?.text : undefined;
    if (struct && name) declarations.set(name, struct);
  }
  for (const [type, { path, fields }] of settingsPlaces(root)) {
    const at = declarations.get(type);
    if (!at) continue;
    for (const one of fields) {
      if (one.flatten) continue;
      keys.push({ name: `${RUST_SETTINGS_KEY}.${type}.${one.name}`, key: path === '' ? one.key : `${path}.${one.key}`, at });
    }
  }
  return keys;
}

/** Calls that hand back their receiver's value for reading a field (`.clone()`, `.as_ref()`, `?`, `.ok_or(…)?`). */
const PASS_THROUGH = new Set(['clone', 'as_ref', 'as_deref', 'unwrap', 'expect', 'unwrap_or_default', 'ok_or', 'ok_or_else', 'context', 'with_context', 'borrow', 'read', 'lock', 'get_ref', 'to_owned']);

/** `pictrs_config` → `PictrsConfig`, `SETTINGS` → `Settings`. */
function typeNamed(name: string): string {
  return name
    .toLowerCase()
    .split('_')
    .filter((word) => word !== '')
    .map((word) => (word[0] ?? '').toUpperCase() + word.slice(1))
    .join('');
}

/**
 * The settings key a field read stands for (`pictrs_config.url` → `RustSettings.PictrsConfig.url`,
 * `context.settings().database.connection` → `RustSettings.Settings.database.connection`), when
 * the value read from has a settings-like type; `typeOf` gives a name's declared type.
 */
export function settingsReadKey(node: SyntaxNode, typeOf: (name: string) => string | undefined): string | undefined {
  if (node.type !== 'field_expression') return undefined;
  const fields: string[] = [];
  let current: SyntaxNode | undefined = node;
  for (let steps = 0; current && steps < 16; steps += 1) {
    if (current.type === 'field_expression') {
      const name = field(current, 'field')?.text;
      if (!name || /^\d+$/.test(name)) return undefined;
      fields.unshift(name);
      current = field(current, 'value');
    } else if (current.type === 'try_expression' || current.type === 'await_expression' || current.type === 'parenthesized_expression' || current.type === 'reference_expression' || current.type === 'unary_expression') {
      current = field(current, 'value') ?? kids(current)[0];
    } else if (current.type === 'call_expression') {
      const fn = field(current, 'function');
      const member = fn?.type === 'generic_function' ? field(fn, 'function') : fn;
      const method = member?.type === 'field_expression' ? field(member, 'field')?.text : undefined;
      if (!method || member?.type !== 'field_expression') return undefined;
      if (PASS_THROUGH.has(method)) {
        current = field(member, 'value');
        continue;
      }
      // `context.settings()`, `settings.pictrs_config()?`: a getter named after the type it gives.
      return keyOf(typeNamed(method), fields);
    } else if (current.type === 'identifier') {
      const declared = typeOf(current.text);
      const type = declared !== undefined ? heldType(declared.replace(/\./g, '::')) : typeNamed(current.text);
      return type ? keyOf(type, fields, declared !== undefined) : undefined;
    } else return undefined;
  }
  return undefined;
}

/** The settings key a path written in a macro's tokens reads (`imagery_config.url` in a `format!`), by its first name's type. */
export function settingsPathKey(names: string[], typeOf: (name: string) => string | undefined): string | undefined {
  const [first, ...fields] = names;
  if (first === undefined || first === 'self' || fields.length === 0) return undefined;
  const declared = typeOf(first);
  const type = declared !== undefined ? heldType(declared.replace(/\./g, '::')) : typeNamed(first);
  return type ? keyOf(type, fields, declared !== undefined) : undefined;
}

/**
 * The key of fields read below a type: a type named like settings, or one a name is declared with
 * (`connectors: &Connectors`, a section of the settings tree whatever its name: `connectors.stripe.base_url`
 * is `[connectors] stripe.base_url` when the root holds `connectors: Connectors`). A key no settings
 * struct binds reads nothing, and the field by name is still tried.
 */
function keyOf(type: string, fields: string[], declared = false): string | undefined {
  return (declared || SETTINGS_TYPE.test(type)) && fields.length > 0 ? `${RUST_SETTINGS_KEY}.${type}.${fields.join('.')}` : undefined;
}
