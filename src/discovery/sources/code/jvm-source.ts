/**
 * The source for Java and Kotlin code (`.java`, `.kt`, `.kts`).
 */
import type { Source } from '../../source.js';
import { camelRouteFacts, mayHoldCamelRoutes } from './camel-routes.js';
import { makeCodeSource } from './code-source.js';
import { javaReader } from './java-reader.js';
import { JVM_TABLE } from './jvm-signatures.js';
import { kotlinReader } from './kotlin-reader.js';

/** Reads Java and Kotlin files for the clients and servers they use. */
export const jvmCodeSource: Source = makeCodeSource({ name: 'code-jvm', readers: { java: javaReader, kotlin: kotlinReader }, table: JVM_TABLE,
  routes: { test: mayHoldCamelRoutes, read: camelRouteFacts },
});
