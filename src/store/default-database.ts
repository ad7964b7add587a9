/**
 * The default database, apart from the store's engines so that reading the configuration (which
 * every CLI command does) does not load Kysely and the database drivers.
 */

/** The default database: a SQLite file in the working folder. */
export const DEFAULT_DATABASE_FILE = 'patchbay.db';
