/**
 * The guard against CSV (formula) injection. A spreadsheet runs a cell starting with `=`, `+`,
 * `-` or `@` as a formula, so a description written by anyone could run code on the machine of
 * whoever opens the export. Such cells get a leading `'`, which spreadsheets read as "this is
 * text"; the importer removes one leading `'` from every cell, so the value comes back unchanged.
 * A value that itself starts with `'` is guarded too, or the importer would eat its quote.
 */

// Tab and carriage return are on OWASP's list as well: some spreadsheets skip them and then see '='.
const NEEDS_GUARD = /^[=+\-@\t\r']/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Prefixes `'` to a cell a spreadsheet would run as a formula (plain numbers such as `-5` are left alone). */
export function guardCell(value: string): string {
  return NEEDS_GUARD.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** Removes the one leading `'` that guardCell adds (or a spreadsheet user typed to mean "text"). */
export function unguardCell(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
}
