/**
 * The source for TypeScript and JavaScript code (`.ts`, `.tsx`, `.js`, `.mjs`, `.cjs`, `.jsx`).
 */
import type { Source } from '../../source.js';
import { classMessagingFacts, MAY_DECLARE_CLASSES } from './class-messaging.js';
import { makeCodeSource } from './code-source.js';
import { nestBindings } from './nestjs.js';
import { typescriptReader } from './typescript-reader.js';
import { TYPESCRIPT_TABLE } from './typescript-signatures.js';

/** Reads TypeScript and JavaScript files for the clients and servers they use. */
export const typescriptCodeSource: Source = makeCodeSource({
  name: 'code-typescript',
  readers: { typescript: typescriptReader, tsx: typescriptReader, javascript: typescriptReader },
  table: TYPESCRIPT_TABLE,
  classes: { test: MAY_DECLARE_CLASSES, read: classMessagingFacts },
  bindings: nestBindings,
});
