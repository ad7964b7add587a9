import type { MeasureContext, WorkspaceIds } from '@hcengineering/core'
import { getAccountClient } from '@hcengineering/server-client'
import { QueueTopic, QueueWorkspaceEvent, workspaceEvents, type PlatformQueue, type PlatformQueueProducer, type QueueWorkspaceMessage, type StorageAdapter } from '@hcengineering/server-core'
import { createMongoTxAdapter } from '@hcengineering/mongo'
import { createTables, getDBClient, isPostgresUrl } from '@hcengineering/postgres'
import type { WorkspaceInfoWithStatus } from '@hcengineering/account-client'

export class WorkspaceWorker {
  private readonly wsProducer: PlatformQueueProducer<QueueWorkspaceMessage>
  private running = true

  constructor (
    readonly queue: PlatformQueue,
    readonly version: string,
    readonly region: string,
    readonly limit: number,
    readonly token: string,
    readonly dbUrl: string,
    readonly storage: StorageAdapter
  ) {
    this.wsProducer = queue.getProducer(undefined as any, QueueTopic.Workspace)
  }

  async start (ctx: MeasureContext, waitTimeout: number): Promise<void> {
    const accountClient = getAccountClient(this.token)
    while (this.running) {
      const workspace = await accountClient.getPendingWorkspace(this.region, this.version, 'all')
      if (workspace === undefined) {
        await new Promise((resolve) => setTimeout(resolve, waitTimeout))
        continue
      }
      try {
        if (workspace.mode === 'pending-creation') {
          await this.create(ctx, workspace)
        } else {
          await this.upgrade(ctx, workspace)
        }
      } catch (err: any) {
        ctx.error('workspace processing failed', { workspace: workspace.uuid, err })
        await accountClient.updateWorkspaceInfo(workspace.uuid, 'ping', this.version, 0, err.message)
      }
    }
  }

  private async initDatabase (ctx: MeasureContext, wsIds: WorkspaceIds): Promise<void> {
    const dataId = wsIds.dataId ?? wsIds.uuid
    if (isPostgresUrl(this.dbUrl)) {
      const sql = getDBClient(this.dbUrl)
      await createTables(sql, dataId)
      await sql.end()
      return
    }
    const { db, close } = await createMongoTxAdapter(this.dbUrl, dataId)
    try {
      await db.collection('tx').createIndex({ modifiedOn: 1 })
      await db.collection('task').createIndex({ space: 1, _class: 1 })
      await db.collection('doc_index_state').createIndex({ needIndex: 1 })
    } finally {
      close()
    }
  }

  private async create (ctx: MeasureContext, ws: WorkspaceInfoWithStatus): Promise<void> {
    const accountClient = getAccountClient(this.token)
    const wsIds: WorkspaceIds = { uuid: ws.uuid, url: ws.url, dataId: ws.dataId }
    await accountClient.updateWorkspaceInfo(ws.uuid, 'create-started', this.version, 0)
    await this.initDatabase(ctx, wsIds)
    await accountClient.updateWorkspaceInfo(ws.uuid, 'progress', this.version, 50)

    if (!(await this.storage.exists(ctx, wsIds))) {
      await this.storage.make(ctx, wsIds)
    }
    const initWs: WorkspaceIds = { uuid: process.env.INIT_WORKSPACE ?? 'onboarding', url: 'onboarding' }
    for (const blob of ['logo.png', 'getting-started.md']) {
      const stat = await this.storage.stat(ctx, initWs, blob)
      if (stat !== undefined) {
        const data = await this.storage.get(ctx, initWs, blob)
        await this.storage.put(ctx, wsIds, blob, data, stat.contentType, stat.size)
      }
    }

    await this.wsProducer.send(ws.uuid, [workspaceEvents(QueueWorkspaceEvent.Created)])
    await accountClient.updateWorkspaceInfo(ws.uuid, 'create-done', this.version, 100)
  }

  private async upgrade (ctx: MeasureContext, ws: WorkspaceInfoWithStatus): Promise<void> {
    const accountClient = getAccountClient(this.token)
    await accountClient.updateWorkspaceInfo(ws.uuid, 'upgrade-started', this.version, 0)
    await this.initDatabase(ctx, { uuid: ws.uuid, url: ws.url, dataId: ws.dataId })
    await this.wsProducer.send(ws.uuid, [workspaceEvents(QueueWorkspaceEvent.Upgraded)])
    await accountClient.updateWorkspaceInfo(ws.uuid, 'upgrade-done', this.version, 100)
  }

  async close (): Promise<void> {
    this.running = false
    await this.wsProducer.close()
  }
}
