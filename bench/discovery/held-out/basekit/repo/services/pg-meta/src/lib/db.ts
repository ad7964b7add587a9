import pg from 'pg'
import { parse as parseArray } from 'postgres-array'
import { PG_META_MAX_RESULT_SIZE } from '../server/constants.js'

pg.types.setTypeParser(pg.types.builtins.INT8, (x) => {
  const asNumber = Number(x)
  if (Number.isSafeInteger(asNumber)) {
    return asNumber
  }
  return x
})
pg.types.setTypeParser(pg.types.builtins.DATE, (x) => x)
pg.types.setTypeParser(pg.types.builtins.INTERVAL, (x) => x)
pg.types.setTypeParser(pg.types.builtins.TIMESTAMP, (x) => x)
pg.types.setTypeParser(pg.types.builtins.TIMESTAMPTZ, (x) => x)
pg.types.setTypeParser(1115, parseArray)
pg.types.setTypeParser(1182, parseArray)
pg.types.setTypeParser(1185, parseArray)

export type PostgresMetaResult<T> =
  | { data: T; error: null }
  | { data: null; error: Partial<pg.DatabaseError> & { message: string; formattedError?: string } }

const pools = new Map<string, pg.Pool>()

export const init = (config: pg.PoolConfig) => {
  const key = config.connectionString ?? ''
  let pool = pools.get(key)
  if (!pool) {
    pool = new pg.Pool(config)
    pools.set(key, pool)
  }

  return {
    async query(sql: string): Promise<PostgresMetaResult<any>> {
      try {
        const res = await pool!.query({ text: sql, rowMode: 'array' } as any)
        let resultSize = 0
        const rows = (Array.isArray(res) ? res[res.length - 1] : res).rows.map((row: unknown[]) => {
          resultSize += JSON.stringify(row).length
          if (resultSize > PG_META_MAX_RESULT_SIZE) {
            throw new Error(`Query result size exceeded ${PG_META_MAX_RESULT_SIZE} bytes`)
          }
          return row
        })
        const fields = (Array.isArray(res) ? res[res.length - 1] : res).fields
        return {
          data: rows.map((row: unknown[]) =>
            Object.fromEntries(fields.map((f: pg.FieldDef, i: number) => [f.name, row[i]]))
          ),
          error: null,
        }
      } catch (error: any) {
        return { data: null, error: { ...error, message: error.message } }
      }
    },
    async end() {
      pools.delete(key)
      await pool!.end()
    },
  }
}
