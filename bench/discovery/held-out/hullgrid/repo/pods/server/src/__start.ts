import { generateId } from '@hcengineering/core'
import { setMetadata } from '@hcengineering/server-client'
import { initStatisticsContext } from '@hcengineering/server-core'
import { storageConfigFromEnv } from '@hcengineering/server-storage'
import { encode } from 'jwt-simple'
import { startTransactor } from './server'

const serverSecret = process.env.SERVER_SECRET ?? 'secret'
const serverPort = parseInt(process.env.SERVER_PORT ?? '3333')
const dbUrl = process.env.DB_URL ?? process.env.MONGO_URL
if (dbUrl === undefined) {
  console.error('please provide DB_URL')
  process.exit(1)
}

const accountsUrl = process.env.ACCOUNTS_URL
if (accountsUrl === undefined) {
  console.error('please provide ACCOUNTS_URL')
  process.exit(1)
}

const fulltextUrl = process.env.FULLTEXT_URL
if (fulltextUrl === undefined) {
  console.warn('FULLTEXT_URL is not set, search will be disabled')
}

const frontUrl = process.env.FRONT_URL ?? 'http://localhost:8080'

setMetadata(accountsUrl)

const stopStats = initStatisticsContext('transactor', {
  statsUrl: process.env.STATS_URL,
  serviceToken: () => encode({ account: 'transactor', id: generateId() }, serverSecret)
})

const shutdown = startTransactor({
  port: serverPort,
  serverSecret,
  dbUrl,
  fulltextUrl,
  frontUrl,
  storageConfig: storageConfigFromEnv(),
  cursorMaxTimeMS: process.env.SERVER_CURSOR_MAXTIMEMS
})

const close = (): void => {
  stopStats()
  void shutdown().then(() => process.exit(0))
}
process.on('SIGINT', close)
process.on('SIGTERM', close)
process.on('uncaughtException', (e) => { console.error(e) })
