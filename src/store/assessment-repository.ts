/** Stored readiness assessments: each one a JSON document with its date and author. */
import type { Kysely } from 'kysely';
import { errors } from '../core/errors.js';
import type { Page } from '../core/catalog/queries.js';
import type { Database } from './tables.js';

/** An assessment as stored: the caller decides what the document holds. */
export interface StoredAssessment<T> {
  id: string;
  takenAt: string;
  author: string;
  doc: T;
}

/** Assessment storage. */
export class AssessmentRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Stores one assessment. */
  async insert<T>(assessment: StoredAssessment<T>): Promise<void> {
    await this.db
      .insertInto('assessments')
      .values({ id: assessment.id, taken_at: assessment.takenAt, author: assessment.author, doc: JSON.stringify(assessment.doc) })
      .execute();
  }

  /** One assessment, or not-found. */
  async get<T>(id: string): Promise<StoredAssessment<T>> {
    const row = await this.db.selectFrom('assessments').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw errors.notFound('Assessment', id);
    return { id: row.id, takenAt: row.taken_at, author: row.author, doc: JSON.parse(row.doc) as T };
  }

  /** Assessments newest first, a page at a time (the cursor is the last id seen). */
  async list<T>(limit: number, cursor?: string): Promise<Page<StoredAssessment<T>>> {
    let query = this.db.selectFrom('assessments').selectAll();
    if (cursor) {
      const last = await this.db.selectFrom('assessments').select(['taken_at', 'id']).where('id', '=', cursor).executeTakeFirst();
      if (!last) throw errors.invalidInput('The cursor is not valid for this list; start again without a cursor', [{ pointer: '/cursor', message: 'is not a cursor this list issued' }]);
      query = query.where((eb) => eb.or([eb('taken_at', '<', last.taken_at), eb.and([eb('taken_at', '=', last.taken_at), eb('id', '<', last.id)])]));
    }
    const rows = await query.orderBy('taken_at', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
    const items = rows.slice(0, limit).map((row) => ({ id: row.id, takenAt: row.taken_at, author: row.author, doc: JSON.parse(row.doc) as T }));
    return { items, nextCursor: rows.length > limit ? (items[items.length - 1]?.id ?? null) : null };
  }
}
