import { start } from '@hcengineering/collaborator'
import { setMetadata } from '@hcengineering/server-client'
import { buildStorageFromConfig, storageConfigFromEnv } from '@hcengineering/server-storage'

const accountsUrl = process.env.ACCOUNTS_URL
if (accountsUrl === undefined) {
  console.error('please provide ACCOUNTS_URL')
  process.exit(1)
}
setMetadata(accountsUrl)

const ctx = {
  info: (msg: string, data?: any) => { console.log(msg, data ?? '') },
  error: (msg: string, data?: any) => { console.error(msg, data ?? '') },
  with: async (_n: string, _p: any, op: any) => await op(ctx)
}

const storageAdapter = buildStorageFromConfig(storageConfigFromEnv())

void start(ctx, {
  Port: parseInt(process.env.COLLABORATOR_PORT ?? '3078'),
  Secret: process.env.SECRET ?? 'secret',
  AccountsUrl: accountsUrl
}, storageAdapter).then((shutdown) => {
  const close = (): void => { void shutdown().then(async () => { await storageAdapter.close() }) }
  process.on('SIGINT', close)
  process.on('SIGTERM', close)
})
