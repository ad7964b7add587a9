import { Pool, PoolConfig } from 'pg'

import { PluginsServerConfig } from '../../types'

export function createPostgresPool(
    config: Pick<PluginsServerConfig, 'DATABASE_URL' | 'POSTGRES_CONNECTION_POOL_SIZE'>,
    onError?: (error: Error) => void
): Pool {
    const poolConfig: PoolConfig = {
        connectionString: config.DATABASE_URL,
        idleTimeoutMillis: 500,
        max: config.POSTGRES_CONNECTION_POOL_SIZE,
        ssl: process.env.DATABASE_SSL === 'true' ? { rejectUnauthorized: false } : undefined,
    }
    const pool = new Pool(poolConfig)
    pool.on('error', onError ?? ((error) => console.error('🔴 Postgres pool error', error)))
    return pool
}

export async function fetchTeamByToken(pool: Pool, token: string): Promise<{ id: number; anonymize_ips: boolean } | null> {
    const result = await pool.query('SELECT id, anonymize_ips FROM posthog_team WHERE api_token = $1 LIMIT 1', [token])
    return result.rows[0] ?? null
}
