/**
 * The source for Rust code (`.rs`).
 */
import type { Source } from '../../source.js';
import { makeCodeSource } from './code-source.js';
import { rustReader } from './rust-reader.js';
import { RUST_TABLE } from './rust-signatures.js';

/** Reads Rust files for the clients and servers they use. */
export const rustCodeSource: Source = makeCodeSource({ name: 'code-rust', readers: { rust: rustReader }, table: RUST_TABLE });
