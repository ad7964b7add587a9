import postgres from 'postgres'

/**
 * CockroachDB / PostgreSQL adapter, used when DB_URL has a postgresql:// scheme.
 */
export function getDBClient (connectionString: string): postgres.Sql {
  return postgres(connectionString, {
    max: 10,
    connection: { application_name: process.env.SERVICE_NAME ?? 'hullgrid' },
    fetch_types: false,
    prepare: false
  })
}

export function isPostgresUrl (url: string): boolean {
  return url.startsWith('postgresql://') || url.startsWith('postgres://')
}

export async function createTables (sql: postgres.Sql, dataId: string): Promise<void> {
  await sql.unsafe(`CREATE TABLE IF NOT EXISTS "tx_${dataId}" (
    _id text NOT NULL, _class text NOT NULL, space text NOT NULL,
    "modifiedOn" bigint NOT NULL, data jsonb NOT NULL, PRIMARY KEY (_id))`)
}
