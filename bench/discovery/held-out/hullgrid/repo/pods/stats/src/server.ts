import Router from '@koa/router'
import Koa from 'koa'
import bodyParser from 'koa-bodyparser'
import { decode } from 'jwt-simple'

interface ServiceStatistics {
  serviceName: string
  memory: Record<string, number>
  cpu: number[]
  uptime: number
  updatedOn: number
}

export function serveStats (port: number, secret: string): () => void {
  const services = new Map<string, ServiceStatistics>()
  const app = new Koa()
  const router = new Router()
  app.use(bodyParser())

  router.put('/api/v1/statistics', async (ctx) => {
    decode(ctx.request.headers.authorization?.split(' ')[1] ?? '', secret)
    const stat = ctx.request.body as ServiceStatistics
    services.set(stat.serviceName, { ...stat, updatedOn: Date.now() })
    ctx.body = {}
  })

  router.get('/api/v1/statistics', async (ctx) => {
    const now = Date.now()
    for (const [k, v] of services) {
      if (now - v.updatedOn > 60000) services.delete(k)
    }
    ctx.body = Array.from(services.values())
  })

  app.use(router.routes())
  const server = app.listen(port, () => { console.log(`stats started on ${port}`) })
  return () => { server.close() }
}
