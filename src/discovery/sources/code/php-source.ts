/**
 * The source for PHP code (`.php`).
 */
import type { Source } from '../../source.js';
import { makeCodeSource } from './code-source.js';
import { phpReader } from './php-reader.js';
import { PHP_TABLE } from './php-signatures.js';

/** Reads PHP files for the clients they use. */
export const phpCodeSource: Source = makeCodeSource({ name: 'code-php', readers: { php: phpReader }, table: PHP_TABLE });
