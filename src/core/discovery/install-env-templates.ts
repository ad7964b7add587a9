/**
 * A compose service's `env_file:` outside the repository (`/opt/acme/env`, `~/app/.env`): a
 * self-hosted product's production compose takes in a file written at install time. The
 * repository states its settings in one of two places, read in this order:
 * - the install script's writes to a path with the same file name (BindingFact.writtenTo:
 *   `echo "KEY=v" >> /opt/acme/env`, a heredoc into `$BASE/env`);
 * - else a template beside the compose file named for it (`env` ↔ `env.example`, `.env` ↔
 *   `.env.example`, `app.env` ↔ `app.env.sample`; also `.template`, `.dist`).
 * Resolution copies those bindings to the service after its own, so its `environment:` wins.
 */
import { folderOf } from './file-paths.js';
import type { BindingFact } from './facts.js';

/** Whether an `env_file:` path is outside the repository (absolute, or in a home folder). */
export function outsideRepository(envFile: string): boolean {
  return /^(?:\/|~|\$HOME\b|\$\{HOME\})/.test(envFile.trim());
}

/** The file name of a path. */
function nameOf(path: string): string {
  return path.replace(/\/+$/, '').split('/').pop() ?? path;
}

/** Whether a file name is a template of the env file named `name` (`env.example` for `env`). */
export function isTemplateOf(fileName: string, name: string): boolean {
  if (!fileName.startsWith(name)) return false;
  return /^[._-](?:example|sample|template|tmpl|dist|defaults?)$/.test(fileName.slice(name.length));
}

/**
 * The bindings an out-of-repository `env_file:` reference stands for: the install script's writes,
 * else the template's. `templatesByFile` maps each `.env`-like file to its (scoped) bindings.
 */
export function installTimeEnvBindings(reference: BindingFact, scriptWrites: readonly BindingFact[], templatesByFile: ReadonlyMap<string, readonly BindingFact[]>): BindingFact[] {
  if (!outsideRepository(reference.value)) return [];
  const name = nameOf(reference.value);
  if (name === '') return [];
  const written = scriptWrites.filter((binding) => binding.writtenTo !== undefined && nameOf(binding.writtenTo) === name);
  if (written.length > 0) return written;
  const folder = folderOf(reference.evidence.file);
  for (const [file, bindings] of templatesByFile) {
    if (folderOf(file) === folder && isTemplateOf(nameOf(file), name)) return [...bindings];
  }
  return [];
}
