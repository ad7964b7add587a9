import { serveWorkspaceAccount } from '@hcengineering/workspace-service'
import { setMetadata } from '@hcengineering/server-client'

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

serveWorkspaceAccount(ctx, process.env.MODEL_VERSION ?? '0.6.333', process.env.REGION ?? '', () => {
  process.exit(0)
})
