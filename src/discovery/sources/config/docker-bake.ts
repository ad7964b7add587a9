/**
 * Docker Buildx Bake files (`docker-bake.hcl`, `docker-bake.override.hcl`), which say which
 * Dockerfile builds which published image, as a `docker build -t` command does (docker-build.ts):
 *
 *   variable "VERSION" { default = "v15" }
 *   target "erpnext" { dockerfile = "images/production/Containerfile", context = ".", tags = ["acme/erpnext:${VERSION}"] }
 *
 * A deployment naming only the image (`image: ${CUSTOM_IMAGE:-acme/erpnext}:${CUSTOM_TAG}`, no
 * `build:`) then runs that Dockerfile's code, as it runs a script-built image's.
 *
 * Read with `@cdktf/hcl2json` (HashiCorp's HCL parser, as the Terraform reader uses), which writes
 * each expression as `${…}`. Bake's rules: `context` is relative to the bake file's folder (default
 * the folder itself), `dockerfile` relative to the context (default `Dockerfile`), a target takes
 * what it does not set from the targets it `inherits`, and a tag's `${VAR}` is the variable's
 * `default` (the environment overrides it at build time; a variable without a default names no
 * image). Every target is read, whether a group builds it or not: a build fact is only a name for a
 * Dockerfile, and makes no system unless a deployment runs the image.
 */
import type { Fact, ImageBuildFact, SourceFile } from '../../../core/discovery/facts.js';
import { isRecord } from '../../../core/model/is-record.js';
import type { Source, SourceContext } from '../../source.js';
import { expandVariables } from './docker-build.js';
import { imageName } from './images.js';
import { folderOf, resolveRelative } from './paths.js';

/** `docker-bake.hcl` and `docker-bake.override.hcl` (also `docker-bake.prod.hcl`), Bake's own names. */
const BAKE_FILE = /(^|\/)docker-bake(\.[\w-]+)*\.hcl$/i;

/** hcl2json, loaded on the first bake file (it starts a Go runtime in wasm). */
let hcl2json: Promise<typeof import('@cdktf/hcl2json')> | undefined;

/** The Bake source. */
export const dockerBakeSource: Source = {
  name: 'docker-bake',
  extensions: ['.hcl'],
  accepts: (path) => BAKE_FILE.test(path),
  async read(file, context): Promise<Fact[]> {
    if (!/\btarget\s+"/.test(file.text)) return [];
    let json: Record<string, unknown>;
    try {
      const { parse } = await (hcl2json ??= import('@cdktf/hcl2json'));
      json = (await parse(file.path, file.text)) as Record<string, unknown>;
    } catch {
      return [];
    }
    try {
      return bakeBuilds(json, file, context);
    } catch {
      return [];
    }
  },
};

/** A block's attributes: hcl2json gives each labelled block as a list of bodies. */
type Body = Record<string, unknown>;

/** The first body of each labelled block of a type (`target "x" {…}` → x → body). */
function blocks(json: Record<string, unknown>, type: string): Map<string, Body> {
  const found = new Map<string, Body>();
  const byLabel = json[type];
  if (!isRecord(byLabel)) return found;
  for (const [label, bodies] of Object.entries(byLabel)) {
    const body = Array.isArray(bodies) ? bodies[0] : bodies;
    if (isRecord(body)) found.set(label, body);
  }
  return found;
}

/** A string attribute, as written (expressions still `${…}`). */
function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The image builds of a parsed bake file. */
export function bakeBuilds(json: Record<string, unknown>, file: SourceFile, context: SourceContext): ImageBuildFact[] {
  // Variables at their defaults; `${VAR}` in another default is filled too (expandVariables rounds).
  const variables = new Map<string, string>();
  for (const [name, body] of blocks(json, 'variable')) {
    const value = body['default'];
    if (typeof value === 'string' || typeof value === 'number') variables.set(name, String(value));
  }
  const targets = blocks(json, 'target');
  /** An attribute of a target or, unset there, of the targets it inherits (a few levels). */
  const attribute = (label: string, key: string, depth = 0): unknown => {
    const body = targets.get(label);
    if (body === undefined || depth > 4) return undefined;
    if (body[key] !== undefined) return body[key];
    const parents = Array.isArray(body['inherits']) ? body['inherits'] : [];
    // Later parents win in Bake, as later assignments do.
    for (const parent of [...parents].reverse()) {
      const value = typeof parent === 'string' ? attribute(parent, key, depth + 1) : undefined;
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const base = folderOf(file.path);
  const facts: ImageBuildFact[] = [];
  for (const label of targets.keys()) {
    const tags = attribute(label, 'tags');
    if (!Array.isArray(tags)) continue;
    const images = [...new Set(tags.flatMap((tag) => {
      if (typeof tag !== 'string') return [];
      const name = imageName(expandVariables(tag, variables).trim());
      // A name still holding an expression (a variable without default, a function call) names nothing.
      return name === '' || /[$(){}]/.test(name) ? [] : [name.toLowerCase()];
    }))];
    if (images.length === 0) continue;
    const contextPath = expandVariables(text(attribute(label, 'context')) ?? '.', variables);
    const dockerfilePath = expandVariables(text(attribute(label, 'dockerfile')) ?? 'Dockerfile', variables);
    // A remote context (`https://…`, `target:base`) or one still holding a variable is not in the scan.
    if (/[${}]|:\/\/|^\w+:/.test(contextPath) || /[${}]/.test(dockerfilePath)) continue;
    const folder = resolveRelative(base, contextPath);
    if (folder === undefined) continue;
    const dockerfile = resolveRelative(folder, dockerfilePath);
    if (dockerfile === undefined) continue;
    facts.push({ type: 'image-build', dockerfile, images, context: folder, evidence: context.evidenceAt(targetLine(file.text, label)) });
  }
  return facts;
}

/** The line of `target "label" {`, or 1. */
function targetLine(source: string, label: string): number {
  const at = source.search(new RegExp(`\\btarget\\s+"${label.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}"`));
  return at < 0 ? 1 : source.slice(0, at).split('\n').length;
}
