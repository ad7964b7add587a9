import cors from '@koa/cors'
import Router from '@koa/router'
import Koa from 'koa'
import bodyParser from 'koa-bodyparser'
import { getMongoClient } from '@hcengineering/mongo'
import { MongoAccountDB } from './collections'
import { getMethods } from './operations'

export interface AccountServiceConfig {
  port: number
  dbUrl: string
  serverSecret: string
  transactorUri: string
  frontUrl: string
}

export async function serveAccount (config: AccountServiceConfig): Promise<() => void> {
  const mongo = getMongoClient(config.dbUrl)
  const client = await mongo.getClient()
  const db = new MongoAccountDB(client.db('account'))
  await db.init()
  const methods = getMethods(db, config)

  const app = new Koa()
  const router = new Router()
  app.use(cors({ credentials: true }))
  app.use(bodyParser())

  router.post('rpc', '/', async (ctx) => {
    const token = ctx.request.headers.authorization?.split(' ')[1]
    const request = ctx.request.body as { method: string, params: Record<string, any> }
    const method = methods[request.method]
    if (method === undefined) {
      ctx.body = { error: { code: 'UnknownMethod', method: request.method } }
      return
    }
    ctx.body = await method(token, request.params)
  })

  app.use(router.routes()).use(router.allowedMethods())
  const server = app.listen(config.port, () => {
    console.log(`account service started on port ${config.port}`)
  })
  return () => {
    server.close()
    mongo.close()
  }
}
