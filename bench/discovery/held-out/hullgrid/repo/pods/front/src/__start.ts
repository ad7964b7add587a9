import { start, type FrontConfig } from '@hcengineering/front'
import { buildStorageFromConfig, storageConfigFromEnv } from '@hcengineering/server-storage'

function required (name: string): string {
  const value = process.env[name]
  if (value === undefined) {
    console.error(`please provide ${name}`)
    process.exit(1)
  }
  return value
}

const config: FrontConfig = {
  port: parseInt(process.env.SERVER_PORT ?? '8080'),
  serverSecret: process.env.SERVER_SECRET ?? 'secret',
  accountsUrl: required('ACCOUNTS_URL'),
  uploadUrl: process.env.UPLOAD_URL ?? '/files',
  collaboratorUrl: required('COLLABORATOR_URL'),
  rekoniUrl: required('REKONI_URL'),
  elasticUrl: process.env.ELASTIC_URL,
  calendarUrl: process.env.CALENDAR_URL,
  gmailUrl: process.env.GMAIL_URL,
  telegramUrl: process.env.TELEGRAM_URL,
  statsUrl: process.env.STATS_URL,
  title: process.env.TITLE,
  defaultLanguage: process.env.DEFAULT_LANGUAGE ?? 'en',
  lastNameFirst: process.env.LAST_NAME_FIRST
}

const ctx = {
  info: (msg: string, data?: any) => { console.log(msg, data ?? '') },
  error: (msg: string, data?: any) => { console.error(msg, data ?? '') },
  with: async (_n: string, _p: any, op: any) => await op(ctx)
}

const storageAdapter = buildStorageFromConfig(storageConfigFromEnv())
const close = start(ctx, config, storageAdapter, process.env.PUBLIC_DIR ?? './dist')

process.on('SIGINT', () => { close(); void storageAdapter.close() })
process.on('SIGTERM', () => { close(); void storageAdapter.close() })
