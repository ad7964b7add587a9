/**
 * An integration's confidence (`provenance.confidence`, 0-1) as a column, so lists can filter and
 * sort by it. Scans used to write it only as text in `provenance.source`
 * ("patchbay scan (confidence 0.85)"); rows holding that text get the typed field in their
 * document and the column. The text is left as it was, so nothing a person may rely on is lost.
 *
 * The backfill changes documents without a new revision or an audit entry: it adds what the
 * document already said, in another form, and no one's ETag should stop matching because the
 * schema moved.
 */
import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The confidence the old scan text records, or null when there is none to read. Kept here, not
 * shared, so the migration reads the text the way it was written whatever later code does.
 */
export function confidenceInSource(source: unknown): number | null {
  if (typeof source !== 'string') return null;
  const match = /\bconfidence\s+(\d+(?:\.\d+)?)\b/i.exec(source);
  if (!match) return null;
  const value = Number(match[1]);
  return Number.isFinite(value) && value >= 0 && value <= 1 ? value : null;
}

/** Rows read per round of the backfill, so a large catalog is not held in memory at once. */
const BATCH = 500;

/** Builds the migration (the same on both engines). */
export function integrationConfidence(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      // double precision on both: PostgreSQL's `real` is 4 bytes and would read 0.85 back as 0.8500000238.
      await db.schema.alterTable('integrations').addColumn('confidence', 'double precision').execute();
      // Lists sort by coalesce(confidence, -1) so an unrecorded confidence sorts the same way on
      // both engines (first ascending, last descending); the index is on that same expression.
      await sql`create index integrations_confidence_idx on integrations (coalesce(confidence, -1), id)`.execute(db);

      let after = '';
      for (;;) {
        // Only documents that mention a confidence can hold one; keyset paging by id.
        const rows = await sql<{ id: string; doc: string }>`
          select id, doc from integrations where id > ${after} and lower(doc) like ${'%confidence%'} order by id limit ${BATCH}`.execute(db);
        for (const row of rows.rows) {
          const doc = JSON.parse(row.doc) as { provenance?: { confidence?: unknown; source?: unknown } };
          const provenance = doc.provenance;
          if (!provenance) continue;
          const typed = provenance.confidence;
          const confidence = typeof typed === 'number' && typed >= 0 && typed <= 1 ? typed : confidenceInSource(provenance.source);
          if (confidence === null) continue;
          provenance.confidence = confidence;
          await sql`update integrations set doc = ${JSON.stringify(doc)}, confidence = ${confidence} where id = ${row.id}`.execute(db);
        }
        const last = rows.rows.at(-1);
        if (!last || rows.rows.length < BATCH) break;
        after = last.id;
      }
    },
    async down(db: Kysely<unknown>) {
      await sql`drop index if exists integrations_confidence_idx`.execute(db);
      await db.schema.alterTable('integrations').dropColumn('confidence').execute();
    },
  };
}
