/**
 * Names an import binds under another name than the library's own: `import requests as rq`,
 * `from httpx import post as send`, `import * as ax from 'axios'`, `const { post: send } =
 * require('axios')`, Go's `gohttp "net/http"`. Each reader records what a local name stands for;
 * a call site written through one (`rq.post`, `send`, `gohttp.Get`) is then also tried under the
 * names it stands for (`requests.post`, `httpx.post`, `http.Get`), so every signature and user rule
 * of the language sees through aliases without a line of its own.
 */
import type { CallSite, FileModel } from './code-model.js';

/**
 * Records that a local name stands for others, most qualified first (`send` → `axios.post`,
 * `post`). A name standing for itself is no alias.
 */
export function recordAlias(model: FileModel, local: string, standsFor: readonly (string | undefined)[]): void {
  const names = [...new Set(standsFor.filter((name): name is string => name !== undefined && name !== '' && name !== local))];
  if (local === '' || names.length === 0) return;
  (model.aliases ??= new Map()).set(local, names);
}

/** The names a dotted name stands for once its first segment's alias is undone (`rq.post` → `requests.post`); empty when it has none. */
export function unaliasedNames(name: string, aliases: ReadonlyMap<string, readonly string[]> | undefined): string[] {
  if (!aliases || aliases.size === 0) return [];
  const dot = name.indexOf('.');
  const head = dot < 0 ? name : name.slice(0, dot);
  const rest = dot < 0 ? '' : name.slice(dot);
  return (aliases.get(head) ?? []).map((standsFor) => `${standsFor}${rest}`);
}

/** Marks a site with the names its callee stands for (see CallSite.unaliased); returns it. */
export function markUnaliased(site: CallSite, model: FileModel): CallSite {
  if (site.unaliased === undefined && model.aliases) {
    const names = unaliasedNames(site.callee, model.aliases);
    if (names.length > 0) site.unaliased = names;
  }
  return site;
}

/**
 * The name a JavaScript package is written under when imported whole (`axios`, `node-fetch` →
 * `nodeFetch`, `node:http` → `http`, `@google-cloud/pubsub` → `pubsub`); undefined for a project module or a name that
 * is no identifier.
 */
export function packageNamespace(module: string): string | undefined {
  if (/^(?:\.{1,2}\/|@\/|~\/|\/)/.test(module)) return undefined;
  const last = module.replace(/^node:/, '').split('/').filter((segment) => segment !== '' && !segment.startsWith('@')).pop();
  const name = last?.replace(/[-.]+([A-Za-z0-9])/g, (_, letter: string) => letter.toUpperCase());
  return name !== undefined && /^[A-Za-z_$][\w$]*$/.test(name) ? name : undefined;
}

/**
 * Records that a local name is a package's default export or whole namespace (`import ioRedis from
 * 'ioredis'`, `import * as IOR from 'ioredis'`, `const Q = require('bull')`), whatever it is spelt.
 */
export function recordWholeImport(model: FileModel, local: string, module: string): void {
  if (local !== '') (model.wholeImports ??= new Map()).set(local, module);
}

/**
 * The package a constructor call builds the default export or the namespace of (`new ioRedis(…)`,
 * `new IOR(…)`, `new IOR.default(…)` after the imports above); undefined for any other site.
 */
export function constructedPackage(site: CallSite, model: FileModel): string | undefined {
  if (site.kind !== 'new' || !model.wholeImports) return undefined;
  return model.wholeImports.get(site.callee.replace(/\.default$/, ''));
}
