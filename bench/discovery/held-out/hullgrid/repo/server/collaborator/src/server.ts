import type { MeasureContext } from '@hcengineering/core'
import { getAccountClient } from '@hcengineering/server-client'
import type { StorageAdapter } from '@hcengineering/server-core'
import { Hocuspocus } from '@hocuspocus/server'
import express from 'express'
import { createServer } from 'http'
import { WebSocketServer } from 'ws'
import { PlatformStorageAdapter } from './storage/platform'

export interface Config {
  Port: number
  Secret: string
  AccountsUrl: string
}

export async function start (ctx: MeasureContext, config: Config, storageAdapter: StorageAdapter): Promise<() => Promise<void>> {
  const storage = new PlatformStorageAdapter(storageAdapter)

  const hocuspocus = new Hocuspocus({
    address: '0.0.0.0',
    port: config.Port,
    debounce: 10000,
    maxDebounce: 60000,
    timeout: 30000,
    async onAuthenticate ({ token, documentName }) {
      const info = await getAccountClient(token).getWorkspaceInfo(true)
      if (info.mode !== 'active') {
        throw new Error(`workspace ${info.uuid} is not active`)
      }
      return { token, wsIds: { uuid: info.uuid, url: info.url, dataId: info.dataId }, documentName }
    },
    async onLoadDocument ({ context, documentName }) {
      return await storage.loadDocument(ctx, context.wsIds, documentName)
    },
    async onStoreDocument ({ context, documentName, document }) {
      await storage.saveDocument(ctx, context.token, context.wsIds, documentName, document)
    }
  })

  const app = express()
  app.get('/', (_req, res) => { res.send({ status: 'OK' }) })
  const server = createServer(app)
  const wss = new WebSocketServer({ noServer: true })
  wss.on('connection', (ws, req) => { hocuspocus.handleConnection(ws, req) })
  server.on('upgrade', (req, socket, head) => {
    wss.handleUpgrade(req, socket, head, (ws) => { wss.emit('connection', ws, req) })
  })
  server.listen(config.Port)
  ctx.info('collaborator started', { port: config.Port })

  return async () => {
    server.close()
    await hocuspocus.destroy()
  }
}
