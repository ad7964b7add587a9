import Knex, { Knex as KnexType } from 'knex'
import { getConfig } from '../config'

const { databaseURL, databasePoolURL, databaseMaxConnections } = getConfig()

let pool: KnexType | undefined

/**
 * Shared knex pool used for object/bucket metadata in the `storage` schema.
 * Row level security is enforced by switching role per request (see withUserContext).
 */
export function getPool(): KnexType {
  if (pool) return pool

  pool = Knex({
    client: 'pg',
    connection: {
      connectionString: databasePoolURL || databaseURL,
      application_name: 'basekit_storage',
    },
    searchPath: ['storage', 'public'],
    pool: {
      min: 0,
      max: databaseMaxConnections,
      acquireTimeoutMillis: 5000,
      idleTimeoutMillis: 60000,
    },
    acquireConnectionTimeout: 5000,
  })
  return pool
}

export async function withUserContext<T>(
  role: string,
  jwt: string,
  claims: Record<string, unknown>,
  fn: (trx: KnexType.Transaction) => Promise<T>
): Promise<T> {
  return getPool().transaction(async (trx) => {
    await trx.raw(
      `SELECT set_config('role', ?, true), set_config('request.jwt', ?, true), set_config('request.jwt.claims', ?, true)`,
      [role, jwt, JSON.stringify(claims)]
    )
    return fn(trx)
  })
}
