import type { MeasureContext } from '@hcengineering/core'
import { systemAccountUuid } from '@hcengineering/core'
import { getPlatformQueue } from '@hcengineering/kafka'
import { buildStorageFromConfig, storageConfigFromEnv } from '@hcengineering/server-storage'
import { encode } from 'jwt-simple'
import { WorkspaceWorker } from './service'

export function serveWorkspaceAccount (ctx: MeasureContext, version: string, region: string, onClose?: () => void): void {
  const dbUrl = process.env.DB_URL ?? process.env.MONGO_URL
  if (dbUrl === undefined) {
    console.error('Please provide DB_URL')
    process.exit(1)
  }
  const secret = process.env.SERVER_SECRET ?? 'secret'
  const waitTimeout = parseInt(process.env.WAIT_TIMEOUT ?? '5000')
  const storageAdapter = buildStorageFromConfig(storageConfigFromEnv())
  const queue = getPlatformQueue('workspace', region)
  const token = encode({ account: systemAccountUuid(), extra: { service: 'workspace' } }, secret)

  const worker = new WorkspaceWorker(queue, version, region, parseInt(process.env.PARALLEL ?? '1'), token, dbUrl, storageAdapter)
  void worker.start(ctx, waitTimeout)

  const close = (): void => {
    void queue.shutdown()
    void storageAdapter.close()
    onClose?.()
  }
  process.on('SIGINT', close)
  process.on('SIGTERM', close)
}
