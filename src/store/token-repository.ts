/** API tokens: only a SHA-256 hash of each secret is stored, never the secret itself. */
import type { Kysely } from 'kysely';
import type { ApiTokenRow, Database } from './tables.js';

/** A token as listed: never includes the secret or its hash. */
export interface TokenInfo {
  id: string;
  name: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** Turns a row into what may be shown. */
function info(row: ApiTokenRow): TokenInfo {
  return {
    id: row.id,
    name: row.name,
    scopes: row.scopes.split(' ').filter(Boolean),
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

/** Token storage. */
export class TokenRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Stores a new token by the hash of its secret. */
  async insert(token: { id: string; name: string; hash: string; scopes: string[]; createdAt: string }): Promise<TokenInfo> {
    const row: ApiTokenRow = {
      id: token.id,
      name: token.name,
      token_hash: token.hash,
      scopes: token.scopes.join(' '),
      created_at: token.createdAt,
      last_used_at: null,
      revoked_at: null,
    };
    await this.db.insertInto('api_tokens').values(row).execute();
    return info(row);
  }

  /** The live (not revoked) token with this hash. */
  async findActiveByHash(hash: string): Promise<TokenInfo | undefined> {
    const row = await this.db.selectFrom('api_tokens').selectAll().where('token_hash', '=', hash).where('revoked_at', 'is', null).executeTakeFirst();
    return row ? info(row) : undefined;
  }

  /** Records a use, at most once a minute per token to keep reads cheap. */
  async touch(id: string, at: string): Promise<void> {
    const minuteAgo = new Date(Date.parse(at) - 60_000).toISOString();
    await this.db
      .updateTable('api_tokens')
      .set({ last_used_at: at })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', minuteAgo)]))
      .execute();
  }

  /** Every token, newest first. */
  async list(): Promise<TokenInfo[]> {
    const rows = await this.db.selectFrom('api_tokens').selectAll().orderBy('created_at', 'desc').orderBy('id').execute();
    return rows.map(info);
  }

  /** Revokes a token; returns false when there is no such live token. */
  async revoke(id: string, at: string): Promise<boolean> {
    const result = await this.db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
