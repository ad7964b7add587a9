/**
 * The source for Ruby code (`.rb`, `config.ru`, `.rake`).
 */
import type { Source } from '../../source.js';
import { makeCodeSource } from './code-source.js';
import { rubyReader } from './ruby-reader.js';
import { RUBY_TABLE } from './ruby-signatures.js';

/** Reads Ruby files for the clients and servers they use. */
export const rubyCodeSource: Source = makeCodeSource({ name: 'code-ruby', readers: { ruby: rubyReader }, table: RUBY_TABLE });
