import { setMetadata } from '@hcengineering/server-client'
import { startIndexer } from './server'

const dbUrl = process.env.DB_URL ?? process.env.MONGO_URL
const fulltextDbUrl = process.env.FULLTEXT_DB_URL ?? process.env.ELASTIC_URL
const accountsUrl = process.env.ACCOUNTS_URL
const rekoniUrl = process.env.REKONI_URL

if (dbUrl === undefined || fulltextDbUrl === undefined || accountsUrl === undefined || rekoniUrl === undefined) {
  console.error('please provide DB_URL, FULLTEXT_DB_URL, ACCOUNTS_URL and REKONI_URL')
  process.exit(1)
}
setMetadata(accountsUrl)

const close = startIndexer({
  port: parseInt(process.env.SERVER_PORT ?? '4700'),
  serverSecret: process.env.SERVER_SECRET ?? 'secret',
  dbUrl,
  fulltextDbUrl,
  elasticIndexName: process.env.ELASTIC_INDEX_NAME ?? 'storage_index',
  rekoniUrl
})

process.on('SIGINT', () => { void close() })
process.on('SIGTERM', () => { void close() })
