/**
 * Go configuration structs whose fields' tags say where each value comes from: cleanenv
 * (`env:"PRODUCT_CLIENT_URL" env-default:"…" yaml:"url"`, `cleanenv.ReadConfig("config.yml", &cfg)`
 * then `ReadEnv`), caarlos0/env (`env:"A,required" envDefault:"…"`), sethvargo/go-envconfig
 * (`env:"A, default=…"`), kelseyhightower/envconfig (`envconfig:"A" default:"…"`) and viper with
 * mapstructure (`mapstructure:"dsn_url"`). The code reads such a field as `cfg.ProductClient.URL`,
 * which the Go reader names by its field path (`ProductClient.URL`, go-reader.ts `configFieldKey`);
 * this module says, for each tagged field, where that path's value is taken from, in the loaders'
 * order: the env var the tag names when it is set, then the settings file's key (its `yaml` /
 * `mapstructure` names, nested under the parent fields' tags: `product_client.url`), then the
 * tag's default.
 *
 * The path is made of the field names up to the struct the program loads: a struct named `Config`,
 * or, for a named section type (`type PG struct`), the field of that type in a `Config` of the same
 * file (`GRPC \`yaml:"grpc"\``), else the type's own name, which is how a section embedded from a
 * shared package reads (`configs.PG \`yaml:"postgres"\`` is the field `PG`). The settings-file
 * name of a section declared in another file is not followed: its fields' file keys are then
 * only matched by spelling (go-config-file.ts, `goFieldSpelling`).
 */
import type { SyntaxNode } from './code-model.js';
import { field, typeName } from './syntax-helpers.js';
import { goFieldSpelling } from '../config/go-config-file.js';

/**
 * The key under which a Config binds where a section type sits in the settings file
 * (`code:GoSection.PG` → `$ref:postgres`), and its fields are looked up below it.
 */
export const SECTION_KEY = 'code:GoSection.';

/** Where a tagged field's value comes from (emitted as bindings of its path, fact-emission.ts). */
export interface StructTagSource {
  /** The field's path as the code reads it (`ProductClient.URL`). */
  key: string;
  /** An env var (overrides: tried before any settings file) or the settings-file key (a fallback reference). */
  from?: string;
  /** The env var wins over settings files when set: cleanenv and its kin read the environment last. */
  overrides?: boolean;
  /** The tag's default, used when nothing else gives the value. */
  value?: string;
  /** Bound for the whole Go module: the struct is read from other packages of it. */
  moduleWide: true;
  at: SyntaxNode;
}

/** A Go struct tag's keys and values (`env:"A" yaml:"a,omitempty"`), by the reflect package's convention. */
export function parseStructTag(tag: string): Map<string, string> {
  const pairs = new Map<string, string>();
  const pattern = /([A-Za-z_][\w-]*):"((?:[^"\\]|\\.)*)"/g;
  for (let match = pattern.exec(tag); match; match = pattern.exec(tag)) if (!pairs.has(match[1] as string)) pairs.set(match[1] as string, (match[2] as string).replace(/\\(.)/g, '$1'));
  return pairs;
}

/** What one field's tags say: the env vars it reads, its settings-file name, its default. */
export interface FieldTags {
  env: string[];
  /** The name of the field in a settings file (`yaml`, `mapstructure`, `toml`, `json`), '' when its fields sit at the parent's level (`,inline`, `,squash`). */
  fileName?: string;
  fallback?: string;
  /** Whether a loader of env vars or defaults tags the field (a `json` tag alone is a wire format, not configuration). */
  configuration: boolean;
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Reads a field's tags (`env:"A,B"`, `env:"A, default=x"`, `envconfig:"A"`, `env-default`, `envDefault`, `default`). */
export function fieldTags(tag: string): FieldTags {
  const pairs = parseStructTag(tag);
  const env: string[] = [];
  let fallback = pairs.get('env-default') ?? pairs.get('envDefault') ?? pairs.get('default');
  const envTag = pairs.get('env');
  if (envTag !== undefined) {
    // cleanenv lists several names (`env:"A,B"`); caarlos0 and sethvargo follow the name with
    // lowercase options (`required`, `notEmpty`, `default=…`).
    envTag.split(',').map((piece) => piece.trim()).forEach((part, index) => {
      const option = /^default=(.*)$/s.exec(part);
      if (option) fallback ??= option[1];
      else if (index === 0 ? ENV_NAME.test(part) : /^[A-Z_][A-Z0-9_]*$/.test(part)) env.push(part);
    });
  }
  const envconfig = pairs.get('envconfig')?.split(',')[0]?.trim();
  if (envconfig && ENV_NAME.test(envconfig)) env.push(envconfig);
  let fileName: string | undefined;
  for (const name of ['yaml', 'mapstructure', 'toml', 'json']) {
    const value = pairs.get(name);
    if (value === undefined) continue;
    const [first, ...options] = value.split(',');
    if (first === '-') break;
    fileName = options.includes('inline') || options.includes('squash') ? '' : first?.trim() || undefined;
    break;
  }
  const configuration = env.length > 0 || fallback !== undefined || pairs.has('yaml') || pairs.has('mapstructure') || pairs.has('toml') || pairs.has('env-required') || pairs.has('required');
  return { env, ...(fileName !== undefined ? { fileName } : {}), ...(fallback !== undefined ? { fallback } : {}), configuration };
}

/** A field declaration's name: its own, or an embedded type's (`configs.PG` → `PG`). */
function fieldName(declaration: SyntaxNode): string | undefined {
  const named = declaration.childrenForFieldName('name').find((name): name is SyntaxNode => name !== null);
  if (named) return named.text;
  const type = field(declaration, 'type');
  return type ? typeName(type.text).split('.').pop() : undefined;
}

interface Segment {
  code: string;
  /** The settings-file name; undefined when not known (a section declared in another file). */
  file?: string;
}

/** The segments from the loaded struct down to a field, or undefined for a struct that is no configuration. */
function pathOf(declaration: SyntaxNode, depth = 0): Segment[] | undefined {
  if (depth > 8) return undefined;
  const name = fieldName(declaration);
  if (!name) return undefined;
  const tagNode = field(declaration, 'tag');
  const tags = tagNode ? fieldTags(tagNode.text.replace(/^`|`$/g, '')) : undefined;
  // Untagged, yaml.v3 (cleanenv's) names a field in lower case, an embedded struct included
  // (`,inline` and mapstructure's `,squash` put its fields at the parent's level).
  const own: Segment = { code: name, file: tags?.fileName ?? name.toLowerCase() };
  if (tags?.fileName === '') own.file = '';
  const struct = declaration.parent?.parent;
  const holder = struct?.parent;
  if (struct?.type !== 'struct_type' || !holder) return undefined;
  if (holder.type === 'field_declaration') {
    const outer = pathOf(holder, depth + 1);
    return outer ? [...outer, own] : undefined;
  }
  if (holder.type !== 'type_spec') return undefined;
  const typeNameText = field(holder, 'name')?.text;
  if (!typeNameText) return undefined;
  if (typeNameText === 'Config') return [own];
  // A section type: where a `Config` of this file holds it, else under its own name.
  let root: SyntaxNode = holder;
  while (root.parent) root = root.parent;
  for (const other of root.descendantsOfType('field_declaration')) {
    if (!other || other.id === declaration.id) continue;
    const type = field(other, 'type');
    if (!type || typeName(type.text).split('.').pop() !== typeNameText) continue;
    const outer = pathOf(other, depth + 1);
    if (outer) return [...outer, own];
  }
  return [{ code: typeNameText }, own];
}

/** The sources a tagged field of a configuration struct gives its path (see the module's comment). */
export function structTagSources(declaration: SyntaxNode): StructTagSource[] {
  const tagNode = field(declaration, 'tag');
  if (!tagNode) return [];
  const tags = fieldTags(tagNode.text.replace(/^`|`$/g, ''));
  if (!tags.configuration) return [];
  // A section (a struct) holds no value of its own: its fields say where theirs come from.
  const type = field(declaration, 'type');
  if (!type || type.type === 'struct_type') return [];
  const path = pathOf(declaration);
  if (!path) return [];
  const key = path.map((segment) => segment.code).join('.');
  const sources: StructTagSource[] = tags.env.map((from) => ({ key, from, overrides: true, moduleWide: true, at: declaration }));
  // A field of a named type with neither env var nor default is a section (`configs.PG \`yaml:"postgres"\``).
  const section = tags.env.length === 0 && tags.fallback === undefined && (type.type === 'qualified_type' || /^[A-Z]/.test(type.text.replace(/^\*/, '')));
  const known = path.every((segment) => segment.file !== undefined);
  const fileKeyOf = (segments: Segment[]): string => segments.map((segment) => segment.file).filter((segment) => segment !== '').join('.');
  if (section && known) {
    // The section's place in the file, for its type's fields declared in another file (below).
    const fileKey = fileKeyOf(path);
    if (fileKey !== '') sources.push({ key: `${SECTION_KEY}${typeName(type.text).split('.').pop() ?? ''}`, from: fileKey, moduleWide: true, at: declaration });
  } else if (!section && known) {
    const fileKey = fileKeyOf(path);
    // Bound already under the field's spelling by the settings file (go-config-file.ts) when the names agree.
    if (fileKey !== '' && goFieldSpelling(fileKey).toLowerCase() !== key.toLowerCase()) sources.push({ key, from: fileKey, moduleWide: true, at: declaration });
  } else if (!section && path[0]?.file === undefined && path.slice(1).every((segment) => segment.file !== undefined)) {
    // A section type of another file (`pkg/config`'s PG): its fields sit under wherever a Config
    // holds it (`code:GoSection.PG` → `postgres`), the rest of the path below (resolve.ts, memberOfBoundPrefix).
    const rest = fileKeyOf(path.slice(1));
    if (rest !== '' && /^[\w.]+$/.test(rest)) sources.push({ key, from: `${SECTION_KEY}${path[0]?.code ?? ''}.${rest}`, moduleWide: true, at: declaration });
  }
  if (tags.fallback !== undefined && tags.fallback !== '') sources.push({ key, value: tags.fallback, moduleWide: true, at: declaration });
  return sources;
}
