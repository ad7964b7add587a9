/**
 * A product's optional integrations kept in its own repository as separate Python distributions
 * (`src/integrations/acme-redis/` declaring `acme-redis`, requiring `acme`; offered to users as the
 * extra `acme[redis]`) are plug-ins: code the product's deployables load when they install it (a
 * messaging backend picked by a module-path setting, a storage block a flow imports), never a
 * service. A distribution that declares no command and requires another distribution the scan
 * declares, the product (declaring commands) or one its name extends (`acme-redis` of `acme`),
 * extends that one: nothing runs it by itself. Where such a folder is also not a
 * libraries folder (`libs/`, python-distributions.ts), this is what says it is a library; its
 * connections then belong to the deployables that install it (library-reach.ts), else to nobody.
 *
 * A distribution with commands (`[project.scripts]`) is left alone: a tool built on the product
 * (`acme-agent` requiring `acme`) may well be a program a deployment runs.
 *
 * Pure: the caller gives the scan's distributions and the names a project requires.
 */
import { pythonModuleNames } from './dotted-backends.js';
import type { PythonDistribution } from './python-distributions.js';

/**
 * Whether the distribution at `folder`, requiring the normalised distribution names `requires`
 * (its dependencies and extras), is a plug-in of another distribution of the scan.
 */
export function isPythonPlugin(folder: string, requires: readonly string[], distributions: ReadonlyMap<string, PythonDistribution>): boolean {
  const own = [...distributions].find(([, distribution]) => distribution.folder === folder);
  if (own === undefined || own[1].runs) return false;
  // What it extends is the product (a program: it declares commands) or is named in its name
  // (`acme-redis` of `acme`); a service requiring the team's shared library (`acme-common`, no
  // commands) may be deployed by something the scan does not read, and stays a system.
  return requires.some((name) => {
    const required = distributions.get(name);
    return required !== undefined && required.folder !== folder && (required.runs || own[0].startsWith(`${name}-`));
  });
}

/**
 * The module file a setting's value names by its dotted path (`acme_redis.messaging`, or a class
 * or function of it: `acme_redis.messaging.Publisher`), among a plug-in's files: a deployment
 * choosing a backend by module path (`ACME_MESSAGING_BROKER=acme_redis.messaging`, loaded with
 * importlib) runs that module. A bare word names no module: only a dotted path does.
 */
export function namedModuleFile(value: string, files: readonly string[]): string | undefined {
  const path = value.trim();
  if (!/^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/.test(path)) return undefined;
  const candidates = [path, path.slice(0, path.lastIndexOf('.'))];
  return files.find((file) => file.endsWith('.py') && pythonModuleNames(file).some((name) => name.includes('.') && candidates.includes(name)));
}
