import fastify, { FastifyInstance, FastifyServerOptions } from 'fastify'
import fastifyMultipart from '@fastify/multipart'
import { collectDefaultMetrics, register } from 'prom-client'
import jwt from 'jsonwebtoken'
import { getConfig } from './config'
import { createStorageBackend } from './storage/backend'
import { ImageRenderer } from './storage/renderer/image'
import { getPool, withUserContext } from './database/pool'

const { jwtSecret, defaultMetricsEnabled, imageTransformationEnabled, uploadFileSizeLimit } = getConfig()

export default function build(opts: FastifyServerOptions = {}): FastifyInstance {
  const app = fastify(opts)
  const backend = createStorageBackend()
  const renderer = new ImageRenderer(backend)

  if (defaultMetricsEnabled) {
    collectDefaultMetrics()
  }

  app.register(fastifyMultipart, { limits: { fileSize: uploadFileSizeLimit } })

  app.get('/status', async () => ({ status: 'ok' }))
  app.get('/metrics', async (_req, reply) => {
    reply.header('Content-Type', register.contentType)
    return register.metrics()
  })

  app.addHook('preHandler', async (request, reply) => {
    if (request.url === '/status' || request.url === '/metrics' || request.url.startsWith('/object/public')) return
    const token = (request.headers.authorization || '').replace(/^Bearer /, '')
    try {
      // JWTs are minted by the auth service with the shared secret; verify locally.
      request.jwtPayload = jwt.verify(token, jwtSecret) as Record<string, unknown>
      request.jwt = token
    } catch (e) {
      reply.code(400).send({ statusCode: '403', error: 'Unauthorized', message: 'invalid jwt' })
    }
  })

  app.get('/bucket', async (request) => {
    return withUserContext(String(request.jwtPayload.role), request.jwt, request.jwtPayload, (trx) =>
      trx('buckets').select('id', 'name', 'public', 'created_at', 'updated_at')
    )
  })

  app.get<{ Params: { bucket: string; '*': string } }>('/object/public/:bucket/*', async (request, reply) => {
    const { bucket } = request.params
    const key = request.params['*']
    const obj = await getPool()('objects').where({ bucket_id: bucket, name: key }).first()
    if (!obj) return reply.code(404).send({ error: 'not_found' })
    const { body, metadata } = await backend.getObject(bucket, `${bucket}/${key}`)
    reply.header('Content-Type', metadata.mimetype).header('Cache-Control', metadata.cacheControl)
    return reply.send(body)
  })

  app.get<{ Params: { bucket: string; '*': string }; Querystring: Record<string, string> }>(
    '/render/image/authenticated/:bucket/*',
    async (request, reply) => {
      if (!imageTransformationEnabled) {
        return reply.code(400).send({ error: 'Image transformations are not enabled' })
      }
      const { bucket } = request.params
      const key = request.params['*']
      const q = request.query
      const res = await renderer.render(bucket, `${bucket}/${key}`, {
        width: q.width ? Number(q.width) : undefined,
        height: q.height ? Number(q.height) : undefined,
        resize: q.resize as never,
        format: q.format as never,
        quality: q.quality ? Number(q.quality) : undefined,
      })
      reply.header('Content-Type', res.contentType)
      return reply.send(res.body)
    }
  )

  return app
}
