/**
 * The source for Go code (`.go`).
 */
import type { Source } from '../../source.js';
import { makeCodeSource } from './code-source.js';
import { goReader } from './go-reader.js';
import { GO_TABLE } from './go-signatures.js';

/** Reads Go files for the clients and servers they use. */
export const goCodeSource: Source = makeCodeSource({ name: 'code-go', readers: { go: goReader }, table: GO_TABLE });
