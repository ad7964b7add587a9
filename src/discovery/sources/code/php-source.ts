/**
 * The source for PHP code (`.php`).
 */
import type { Source } from '../../source.js';
import { makeCodeSource } from './code-source.js';
import { phpReader } from './php-reader.js';
import { PHP_TABLE } from './php-signatures.js';
import { mayLoadPhp, phpModuleImports } from './php-includes.js';

/**
 * Reads PHP files for the clients they use, and what each file loads (`require`, classes through
 * Composer's autoload, a worker class chosen by `$argv`), which decides the processes running it
 * (php-includes.ts, core/discovery/php-processes.ts).
 */
export const phpCodeSource: Source = makeCodeSource({ name: 'code-php', readers: { php: phpReader }, table: PHP_TABLE, names: { accepts: mayLoadPhp, read: (root, path, _text, evidenceAt) => phpModuleImports(root, path, evidenceAt) } });
