/**
 * Opening the catalog database: the URL decides the engine, the schema is migrated, and callers
 * get one handle with the query builder and the engine's particulars.
 */
import { resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { PatchbayError, errors } from '../core/errors.js';
import type { Engine } from './engines/engine.js';
import { openPostgres, postgresEngine } from './engines/postgres.js';
import { openSqlite, sqliteEngine } from './engines/sqlite.js';
import { migrateToLatest } from './migrate.js';
import type { Database } from './tables.js';
import { DEFAULT_DATABASE_FILE } from './default-database.js';

/** An open database. */
export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly engine: Engine;
  /** Where the data lives, safe to print (no password). */
  readonly location: string;
  close(): Promise<void>;
}

/** How to open a database. */
export interface OpenOptions {
  /** `postgres://…`, `sqlite:path`, a file path, or `:memory:`. Default: ./patchbay.db. */
  url?: string;
  /** PostgreSQL schema to use (created if missing). */
  schema?: string;
  /** Apply pending migrations on open (default true). */
  migrate?: boolean;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Removes the password from a URL so it can be shown in logs and errors. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

/** Opens the database the URL names, creating and migrating it as needed. */
export async function openDatabase(options: OpenOptions = {}): Promise<DatabaseHandle> {
  const url = options.url ?? DEFAULT_DATABASE_FILE;
  const isPostgres = /^postgres(ql)?:\/\//.test(url);
  let handle: DatabaseHandle;
  if (isPostgres) {
    if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
      throw errors.invalidInput(`PostgreSQL schema '${options.schema}' must be lowercase letters, digits and underscores`);
    }
    const db = openPostgres(url, options.schema ? { schema: options.schema } : {});
    handle = { db, engine: postgresEngine, location: redactUrl(url), close: () => db.destroy() };
    try {
      if (options.schema) await db.schema.createSchema(options.schema).ifNotExists().execute();
    } catch (error) {
      // Several instances creating the schema at once: PostgreSQL lets one win and reports a
      // duplicate to the others even with IF NOT EXISTS; the schema is there, which is all we need.
      if (postgresEngine.classifyError(error) !== 'unique') {
        await db.destroy();
        const unreachable = /ECONNREFUSED|ENOTFOUND|ETIMEDOUT|connect|password authentication|does not exist/i.test((error as Error).message);
        throw new PatchbayError(
          'unavailable',
          unreachable
            ? `Cannot reach PostgreSQL at ${redactUrl(url)}: ${(error as Error).message}. Is it running, and does DATABASE_URL name it correctly?`
            : `PostgreSQL at ${redactUrl(url)} refused to create schema ${options.schema}: ${(error as Error).message}`,
          { cause: error },
        );
      }
    }
  } else {
    const file = url.startsWith('sqlite:') ? url.slice('sqlite:'.length) : url;
    const path = file === ':memory:' ? file : resolve(file);
    let db: Kysely<Database>;
    try {
      db = openSqlite(path);
    } catch (error) {
      throw new PatchbayError('unavailable', `Cannot open SQLite database ${path}: ${(error as Error).message}. Check the folder exists and is writable.`, { cause: error });
    }
    handle = { db, engine: sqliteEngine, location: path, close: () => db.destroy() };
  }
  if (options.migrate !== false) {
    try {
      await migrateToLatest(handle.db, handle.engine);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }
  return handle;
}
