import type { MeasureContext, Tx } from '@hcengineering/core'
import { getPlatformQueue } from '@hcengineering/kafka'
import { createMongoTxAdapter } from '@hcengineering/mongo'
import { getDBClient, isPostgresUrl } from '@hcengineering/postgres'
import { getAccountClient } from '@hcengineering/server-client'
import { QueueTopic, type StorageConfiguration } from '@hcengineering/server-core'
import { buildStorageFromConfig } from '@hcengineering/server-storage'
import { WebSocketServer, type WebSocket } from 'ws'
import { createServer } from 'http'
import { searchFulltext } from './search'
import { formatNotificationLink } from './links'

export interface TransactorOptions {
  port: number
  serverSecret: string
  dbUrl: string
  fulltextUrl?: string
  frontUrl: string
  storageConfig: StorageConfiguration
  cursorMaxTimeMS?: string
}

const ctx: MeasureContext = {
  info: (msg, data) => { console.log(msg, data ?? '') },
  error: (msg, data) => { console.error(msg, data ?? '') },
  with: async (_name, _params, op) => await op(ctx)
}

export function startTransactor (opt: TransactorOptions): () => Promise<void> {
  const storage = buildStorageFromConfig(opt.storageConfig)
  const queue = getPlatformQueue('transactor')
  const txProducer = queue.getProducer<Tx>(ctx, QueueTopic.Tx)

  const server = createServer()
  const wss = new WebSocketServer({ noServer: true })

  server.on('upgrade', (request, socket, head) => {
    const token = (request.url ?? '').split('/').filter((it) => it.length > 0)[0] ?? ''
    void (async () => {
      const account = getAccountClient(token)
      const info = await account.getWorkspaceInfo(true)
      if (info.mode !== 'active') {
        socket.destroy()
        return
      }
      const wsIds = { uuid: info.uuid, url: info.url, dataId: info.dataId }
      wss.handleUpgrade(request, socket, head, (ws) => { void handleSession(ws, wsIds, token) })
    })().catch(() => { socket.destroy() })
  })

  async function openDb (dataId: string): Promise<{ find: (coll: string, q: any) => Promise<any[]>, insert: (coll: string, d: any) => Promise<void>, close: () => void }> {
    if (isPostgresUrl(opt.dbUrl)) {
      const sql = getDBClient(opt.dbUrl)
      return {
        find: async (coll, q) => await sql.unsafe(`SELECT data FROM "${coll}_${dataId}" LIMIT 1000`),
        insert: async (coll, d) => { await sql.unsafe(`INSERT INTO "${coll}_${dataId}" (data) VALUES ($1)`, [d]) },
        close: () => { void sql.end() }
      }
    }
    const { db, close } = await createMongoTxAdapter(opt.dbUrl, dataId)
    const maxTimeMS = parseInt(opt.cursorMaxTimeMS ?? '30000')
    return {
      find: async (coll, q) => await db.collection(coll).find(q, { maxTimeMS }).toArray(),
      insert: async (coll, d) => { await db.collection(coll).insertOne(d) },
      close
    }
  }

  async function handleSession (ws: WebSocket, wsIds: { uuid: string, url: string, dataId?: string }, token: string): Promise<void> {
    const db = await openDb(wsIds.dataId ?? wsIds.uuid)
    ws.on('message', (data) => {
      void (async () => {
        const req = JSON.parse(data.toString())
        let result: any
        switch (req.method) {
          case 'findAll':
            result = await db.find(req.params[0].split(':').pop(), req.params[1])
            break
          case 'tx': {
            const tx: Tx = req.params[0]
            await db.insert('tx', tx)
            await txProducer.send(wsIds.uuid, [tx])
            result = {}
            break
          }
          case 'searchFulltext':
            result = opt.fulltextUrl !== undefined ? await searchFulltext(opt.fulltextUrl, token, req.params[0], req.params[1]) : { docs: [] }
            break
          case 'getBlobUrl':
            result = formatNotificationLink(opt.frontUrl, wsIds.url, req.params[0])
            break
          case 'blobStat':
            result = await storage.stat(ctx, wsIds, req.params[0])
            break
          case 'blobRemove':
            await storage.remove(ctx, wsIds, req.params)
            result = {}
            break
          default:
            result = { error: 'unknown method' }
        }
        ws.send(JSON.stringify({ id: req.id, result }))
      })()
    })
    ws.on('close', () => { db.close() })
  }

  server.listen(opt.port)
  ctx.info('transactor started', { port: opt.port })

  return async () => {
    server.close()
    await txProducer.close()
    await queue.shutdown()
    await storage.close()
  }
}
