import cors from '@fastify/cors'
import fastifySwagger from '@fastify/swagger'
import { fastify, FastifyInstance, FastifyServerOptions } from 'fastify'
import fastifyMetrics from 'fastify-metrics'
import { init } from '../lib/db.js'
import { DEFAULT_POOL_CONFIG, PG_CONNECTION, PG_META_REQ_HEADER } from './constants.js'

export const build = (opts: FastifyServerOptions = {}): FastifyInstance => {
  const app = fastify({ disableRequestLogging: true, requestIdHeader: PG_META_REQ_HEADER, ...opts })
  app.register(fastifySwagger, {
    openapi: { info: { title: 'basekit pg-meta', description: 'A REST API to manage your Postgres database', version: '0.0.0-automated' } },
  })
  app.register(cors)
  app.register(fastifyMetrics, { endpoint: '/metrics' })

  const getConnectionString = (headers: Record<string, unknown>) => {
    // Studio may pass a per-project connection string in the pg header; fall back to the default DB.
    const header = headers['pg'] as string | undefined
    return header ?? PG_CONNECTION
  }

  app.get('/health', async () => ({ date: new Date() }))

  app.get('/tables', async (request, reply) => {
    const db = init({ ...DEFAULT_POOL_CONFIG, connectionString: getConnectionString(request.headers) })
    const { data, error } = await db.query(`
      select c.oid::int8 as id, nc.nspname as schema, c.relname as name, c.relrowsecurity as rls_enabled
      from pg_namespace nc join pg_class c on nc.oid = c.relnamespace
      where c.relkind in ('r', 'p') and not pg_is_other_temp_schema(nc.oid)
        and nc.nspname not in ('pg_catalog', 'information_schema')
    `)
    if (error) {
      reply.code(400)
      return { error: error.message }
    }
    return data
  })

  app.post<{ Body: { query: string } }>('/query', async (request, reply) => {
    const db = init({ ...DEFAULT_POOL_CONFIG, connectionString: getConnectionString(request.headers) })
    const { data, error } = await db.query(request.body.query)
    if (error) {
      request.log.error({ error, request: { method: request.method, url: request.url } }, 'query failed')
      reply.code(400)
      return error
    }
    return data
  })

  app.get('/schemas', async (request, reply) => {
    const db = init({ ...DEFAULT_POOL_CONFIG, connectionString: getConnectionString(request.headers) })
    const { data, error } = await db.query(
      `select n.oid::int8 as id, n.nspname as name, u.rolname as owner from pg_namespace n join pg_roles u on n.nspowner = u.oid`
    )
    if (error) {
      reply.code(400)
      return { error: error.message }
    }
    return data
  })

  return app
}
