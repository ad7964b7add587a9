/** Reviewers' decisions about discovered integrations. */
import type { Kysely } from 'kysely';
import type { Database } from './tables.js';
import type { Executor } from './catalog-repository.js';

/** Decision storage. */
export class DecisionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every key that was rejected. */
  async rejectedKeys(): Promise<Set<string>> {
    const rows = await this.db.selectFrom('discovery_decisions').select('match_key').where('decision', '=', 'rejected').execute();
    return new Set(rows.map((row) => row.match_key));
  }

  /** Records a rejection (again is fine: the latest wins). */
  async reject(executor: Executor, key: string, integrationId: string, actor: string, at: string): Promise<void> {
    await executor.deleteFrom('discovery_decisions').where('match_key', '=', key).execute();
    await executor.insertInto('discovery_decisions').values({ match_key: key, decision: 'rejected', integration_id: integrationId, decided_at: at, actor }).execute();
  }
}
