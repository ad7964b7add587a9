/**
 * What differs between the database engines, behind one small interface so that every other
 * store module is engine-neutral. Each implementation says why it differs where it does.
 */
import type { ColumnDefinitionBuilder, Kysely, Transaction } from 'kysely';
import type { Database } from '../tables.js';

/** The engines Patchbay runs on. */
export type EngineName = 'sqlite' | 'postgres';

/** The kind of constraint a failed write broke, when it broke one. */
export type ConstraintViolation = 'unique' | 'foreign-key' | null;

/** One engine's particulars. */
export interface Engine {
  readonly name: EngineName;
  /** Most bind parameters one statement may carry; bulk writes chunk to stay below it. */
  readonly maxParameters: number;
  /** SQL type of an auto-incrementing integer key. */
  readonly serialType: 'integer' | 'serial';
  /** Adjusts a text column that is sorted or compared in keyset pagination. */
  sortableText(column: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  /** Recognises constraint violations in the driver's error. */
  classifyError(error: unknown): ConstraintViolation;
  /** Takes the lock that lets only one process migrate at a time, for the rest of the transaction. */
  lockForMigration(trx: Transaction<Database>): Promise<void>;
  /** Refreshes the planner's statistics, so queries pick good plans after a large change. */
  analyze(db: Kysely<Database>): Promise<void>;
  /** Problems the engine finds in its own files and constraints; empty when healthy. */
  integrityProblems(db: Kysely<Database>): Promise<string[]>;
}
