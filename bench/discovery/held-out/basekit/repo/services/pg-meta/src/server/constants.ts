import crypto from 'crypto'
import { PoolConfig } from 'pg'
import { getSecret } from '../lib/secrets.js'

export const PG_META_HOST = process.env.PG_META_HOST || '0.0.0.0'
export const PG_META_PORT = Number(process.env.PG_META_PORT || 1337)
export const CRYPTO_KEY = (await getSecret('CRYPTO_KEY')) || 'SAMPLE_KEY'

const PG_META_DB_HOST = process.env.PG_META_DB_HOST || 'localhost'
const PG_META_DB_NAME = process.env.PG_META_DB_NAME || 'postgres'
const PG_META_DB_USER = process.env.PG_META_DB_USER || 'postgres'
const PG_META_DB_PORT = process.env.PG_META_DB_PORT || '5432'
const PG_META_DB_PASSWORD = (await getSecret('PG_META_DB_PASSWORD')) || 'postgres'
const PG_META_DB_SSL_ROOT_CERT = process.env.PG_META_DB_SSL_ROOT_CERT

const PG_CONN_TIMEOUT_SECS = Number(process.env.PG_CONN_TIMEOUT_SECS || 15)

export const PG_CONNECTION = process.env.PG_META_DB_URL
  ? process.env.PG_META_DB_URL
  : `postgres://${PG_META_DB_USER}:${encodeURIComponent(PG_META_DB_PASSWORD)}@${PG_META_DB_HOST}:${PG_META_DB_PORT}/${PG_META_DB_NAME}`

export const PG_META_MAX_RESULT_SIZE = process.env.PG_META_MAX_RESULT_SIZE_MB
  ? parseInt(process.env.PG_META_MAX_RESULT_SIZE_MB, 10) * 1024 * 1024
  : 2 * 1024 * 1024 * 1024 // default to 2GB max query size result

export const DEFAULT_POOL_CONFIG: PoolConfig = {
  max: 1,
  connectionTimeoutMillis: PG_CONN_TIMEOUT_SECS * 1000,
  ssl: PG_META_DB_SSL_ROOT_CERT ? { ca: PG_META_DB_SSL_ROOT_CERT } : undefined,
}

export const PG_META_REQ_HEADER = process.env.PG_META_REQ_HEADER || 'request-id'

export const hashKey = (s: string) => crypto.createHash('sha256').update(s).digest('hex')
