import { knex, Knex } from 'knex';
import { QueryService, QueryResult, QueryError, ConnectionTestResult } from '@panelsmith/common';

export default class PostgresqlQueryService implements QueryService {
  private client(options: Record<string, any>): Knex {
    return knex({
      client: 'pg',
      connection: {
        host: options.host,
        port: Number(options.port ?? 5432),
        user: options.username,
        password: options.password,
        database: options.database,
        ssl: options.ssl_enabled ? { rejectUnauthorized: false } : false,
      },
      pool: { min: 0, max: 3 },
    });
  }

  async run(options: Record<string, any>, query: Record<string, any>): Promise<QueryResult> {
    const db = this.client(options);
    try {
      const result = await db.raw(query.query, query.query_params ?? []);
      return { status: 'ok', data: result.rows };
    } catch (e) {
      throw new QueryError('Query could not be completed', (e as Error).message);
    } finally {
      await db.destroy();
    }
  }

  async testConnection(options: Record<string, any>): Promise<ConnectionTestResult> {
    const db = this.client(options);
    try {
      await db.raw('select 1');
      return { status: 'ok' };
    } finally {
      await db.destroy();
    }
  }
}
