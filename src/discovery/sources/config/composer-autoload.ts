/**
 * Composer's PSR-4 autoload map (composer.json `autoload.psr-4`, and `autoload-dev.psr-4` left
 * out: tests' classes): each namespace prefix bound in the composer.json's folder under
 * `php:psr4:<prefix>` to its folders, scan-root relative and comma separated, so that a class a PHP
 * file names is found in its file (core/discovery/php-processes.ts).
 */
import type { BindingFact, Fact, SourceFile } from '../../../core/discovery/facts.js';
import { joinPaths } from '../../../core/discovery/node-processes.js';
import { PSR4_KEY } from '../../../core/discovery/php-processes.js';
import type { Source, SourceContext } from '../../source.js';
import { neverThrows } from './emit.js';
import { folderOf } from './paths.js';

/** The composer.json source. */
export const composerAutoloadSource: Source = {
  name: 'composer-autoload',
  extensions: ['.json'],
  accepts: (path) => /(^|\/)composer\.json$/.test(path) && !/(^|\/)vendor\//.test(path),
  read: neverThrows(readComposer),
};

/** The PSR-4 prefixes of a composer.json's text, folders relative to it (`{ "Acme\\": ["src/"] }`). */
export function psr4Prefixes(text: string): Record<string, string[]> {
  const parsed = JSON.parse(text) as { autoload?: { 'psr-4'?: Record<string, unknown> } } | null;
  const map = parsed?.autoload?.['psr-4'];
  if (typeof map !== 'object' || map === null) return {};
  const found: Record<string, string[]> = {};
  for (const [prefix, value] of Object.entries(map)) {
    const folders = (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');
    if (folders.length > 0) found[prefix] = folders;
  }
  return found;
}

function readComposer(file: SourceFile, context: SourceContext): Fact[] {
  const scope = folderOf(file.path);
  const line = Math.max(1, file.text.slice(0, Math.max(0, file.text.indexOf('"psr-4"'))).split('\n').length);
  return Object.entries(psr4Prefixes(file.text)).map(([prefix, folders]): BindingFact => ({ type: 'binding', scope, key: `${PSR4_KEY}${prefix}`, value: folders.map((folder) => joinPaths(scope, folder)).join(','), evidence: context.evidenceAt(line) }));
}
