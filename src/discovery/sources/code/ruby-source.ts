/**
 * The source for Ruby code (`.rb`, `config.ru`, `.rake`).
 */
import type { Source } from '../../source.js';
import { makeCodeSource } from './code-source.js';
import { isRailsCode, railsNames, readRailsRoles } from './rails-roles.js';
import { rubyReader } from './ruby-reader.js';
import { RUBY_TABLE } from './ruby-signatures.js';

/** Reads Ruby files for the clients and servers they use; a Rails app's files for where they run (rails-roles.ts). */
export const rubyCodeSource: Source = makeCodeSource({
  name: 'code-ruby',
  readers: { ruby: rubyReader },
  table: RUBY_TABLE,
  frameworks: {
    test: () => true,
    read: ({ root, model, evaluator, facts, evidenceAt, path }) => readRailsRoles({ root, model, evaluator, facts, evidenceAt, path }),
  },
  names: { accepts: isRailsCode, read: (root, path, _text, evidenceAt) => railsNames(root, path, evidenceAt) },
});
