import { systemAccountUuid, type MeasureContext, type Tx, type WorkspaceIds } from '@hcengineering/core'
import { createElasticAdapter } from '@hcengineering/elastic'
import { getPlatformQueue } from '@hcengineering/kafka'
import { getMongoClient } from '@hcengineering/mongo'
import { getAccountClient } from '@hcengineering/server-client'
import { QueueTopic, QueueWorkspaceEvent, type QueueWorkspaceMessage } from '@hcengineering/server-core'
import { FullTextIndexer } from '@hcengineering/server-indexer'
import { buildStorageFromConfig, storageConfigFromEnv } from '@hcengineering/server-storage'
import Router from '@koa/router'
import Koa from 'koa'
import bodyParser from 'koa-bodyparser'
import { decode, encode } from 'jwt-simple'

export interface IndexerConfig {
  port: number
  serverSecret: string
  dbUrl: string
  fulltextDbUrl: string
  elasticIndexName: string
  rekoniUrl: string
}

const ctx: MeasureContext = {
  info: (msg, data) => { console.log(msg, data ?? '') },
  error: (msg, data) => { console.error(msg, data ?? '') },
  with: async (_n, _p, op) => await op(ctx)
}

export function startIndexer (config: IndexerConfig): () => Promise<void> {
  const elastic = createElasticAdapter(config.fulltextDbUrl, config.elasticIndexName)
  const storage = buildStorageFromConfig(storageConfigFromEnv())
  const mongo = getMongoClient(config.dbUrl)
  const queue = getPlatformQueue('fulltext')
  const token = encode({ account: systemAccountUuid(), extra: { service: 'fulltext' } }, config.serverSecret)
  const indexers = new Map<string, FullTextIndexer>()

  async function getIndexer (workspace: string): Promise<FullTextIndexer> {
    let indexer = indexers.get(workspace)
    if (indexer === undefined) {
      const wsToken = encode({ account: systemAccountUuid(), workspace }, config.serverSecret)
      const info = await getAccountClient(wsToken).getWorkspaceInfo()
      const wsIds: WorkspaceIds = { uuid: info.uuid, url: info.url, dataId: info.dataId }
      const client = await mongo.getClient()
      indexer = new FullTextIndexer(wsIds, client.db(wsIds.dataId ?? wsIds.uuid), elastic, storage, { rekoniUrl: config.rekoniUrl, token })
      indexers.set(workspace, indexer)
    }
    return indexer
  }

  void elastic.initMapping()

  const txConsumer = queue.createConsumer<Tx>(ctx, QueueTopic.Tx, 'fulltext', async (msgs) => {
    const byWs = new Map<string, Tx[]>()
    for (const m of msgs) byWs.set(m.workspace, [...(byWs.get(m.workspace) ?? []), m.value])
    for (const [ws, txes] of byWs) {
      await (await getIndexer(ws)).processTxes(ctx, txes)
    }
  })

  const wsConsumer = queue.createConsumer<QueueWorkspaceMessage>(ctx, QueueTopic.Workspace, 'fulltext', async (msgs) => {
    for (const m of msgs) {
      if (m.value.type === QueueWorkspaceEvent.Created || m.value.type === QueueWorkspaceEvent.FullReindex) {
        await (await getIndexer(m.workspace)).reindex(ctx)
      } else if (m.value.type === QueueWorkspaceEvent.Deleted) {
        indexers.delete(m.workspace)
      }
    }
  })

  void (async () => {
    const all = await getAccountClient(token).listWorkspaces()
    ctx.info('known workspaces', { count: all.length })
  })()

  const app = new Koa()
  const router = new Router()
  app.use(bodyParser())

  router.put('/api/v1/search', async (kctx) => {
    const payload = decode(kctx.request.headers.authorization?.split(' ')[1] ?? '', config.serverSecret)
    const { query, options } = kctx.request.body as any
    const docs = await elastic.searchString(payload.workspace, query.query, options?.limit ?? 50)
    kctx.body = { docs: docs.map((d) => ({ id: d.id, score: d._score })) }
  })
  router.put('/api/v1/reindex', async (kctx) => {
    const payload = decode(kctx.request.headers.authorization?.split(' ')[1] ?? '', config.serverSecret)
    await (await getIndexer(payload.workspace)).reindex(ctx)
    kctx.body = {}
  })

  app.use(router.routes())
  const server = app.listen(config.port)

  return async () => {
    server.close()
    await txConsumer.close()
    await wsConsumer.close()
    await queue.shutdown()
    await elastic.close()
    mongo.close()
  }
}
