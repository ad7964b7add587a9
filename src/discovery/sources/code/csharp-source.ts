/**
 * The source for C# code (`.cs`).
 */
import type { Source } from '../../source.js';
import { abpFacts, mayUseAbp } from './abp.js';
import { makeCodeSource } from './code-source.js';
import { csharpReader } from './csharp-reader.js';
import { CSHARP_TABLE } from './csharp-signatures.js';

/** Reads C# files for the clients and servers they use. */
export const csharpCodeSource: Source = makeCodeSource({ name: 'code-csharp', readers: { c_sharp: csharpReader }, table: CSHARP_TABLE,
  // What an ABP module's attributes and options say: the event bus provider and its settings (abp.ts).
  routes: { test: mayUseAbp, read: abpFacts },
});
