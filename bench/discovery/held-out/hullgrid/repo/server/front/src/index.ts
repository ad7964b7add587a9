import type { MeasureContext } from '@hcengineering/core'
import type { StorageAdapter } from '@hcengineering/server-core'
import compression from 'compression'
import cors from 'cors'
import express, { type Request, type Response } from 'express'
import fileUpload, { type UploadedFile } from 'express-fileupload'
import { decode } from 'jwt-simple'
import { join, resolve } from 'path'

export interface FrontConfig {
  port: number
  serverSecret: string
  accountsUrl: string
  uploadUrl: string
  collaboratorUrl: string
  rekoniUrl: string
  elasticUrl?: string
  calendarUrl?: string
  gmailUrl?: string
  telegramUrl?: string
  statsUrl?: string
  title?: string
  defaultLanguage: string
  lastNameFirst?: string
}

function workspaceFromToken (req: Request, secret: string): { uuid: string, dataId?: string } {
  const auth = req.headers.authorization ?? ''
  const token = auth.startsWith('Bearer ') ? auth.slice(7) : (req.cookies?.presentation ?? (req.query.token as string))
  const payload = decode(token, secret)
  return { uuid: payload.workspace }
}

export function start (ctx: MeasureContext, config: FrontConfig, storageAdapter: StorageAdapter, dist: string): () => void {
  const app = express()
  app.use(compression())
  app.use(cors({ credentials: true }))
  app.use(fileUpload({ useTempFiles: true }))

  app.get('/config.json', (_req, res) => {
    res.set('Cache-Control', 'no-cache').json({
      ACCOUNTS_URL: config.accountsUrl,
      UPLOAD_URL: config.uploadUrl,
      COLLABORATOR_URL: config.collaboratorUrl,
      REKONI_URL: config.rekoniUrl,
      CALENDAR_URL: config.calendarUrl,
      GMAIL_URL: config.gmailUrl,
      TELEGRAM_URL: config.telegramUrl,
      STATS_URL: config.statsUrl,
      TITLE: config.title,
      DEFAULT_LANGUAGE: config.defaultLanguage,
      LAST_NAME_FIRST: config.lastNameFirst
    })
  })

  app.get('/files/:workspace?/:file?', async (req: Request, res: Response) => {
    try {
      const wsIds = workspaceFromToken(req, config.serverSecret)
      const file = (req.params.file ?? req.query.file) as string
      const stat = await storageAdapter.stat(ctx, wsIds as any, file)
      if (stat === undefined) {
        res.status(404).send()
        return
      }
      res.writeHead(200, {
        'Content-Type': stat.contentType,
        'Content-Length': stat.size,
        ETag: stat.etag,
        'Cache-Control': 'max-age=7d'
      })
      const stream = await storageAdapter.get(ctx, wsIds as any, file)
      stream.pipe(res)
    } catch (err: any) {
      ctx.error('file get error', { err })
      res.status(500).send()
    }
  })

  app.post('/files', async (req: Request, res: Response) => {
    const file = req.files?.file as UploadedFile
    if (file === undefined) {
      res.status(400).send()
      return
    }
    try {
      const wsIds = workspaceFromToken(req, config.serverSecret)
      const uuid = crypto.randomUUID()
      await storageAdapter.put(ctx, wsIds as any, uuid, file.data, file.mimetype, file.size)
      res.status(200).send(uuid)
    } catch (err: any) {
      ctx.error('file upload error', { err })
      res.status(500).send()
    }
  })

  app.delete('/files', async (req: Request, res: Response) => {
    const wsIds = workspaceFromToken(req, config.serverSecret)
    await storageAdapter.remove(ctx, wsIds as any, [req.query.file as string])
    res.status(200).send()
  })

  app.use(express.static(resolve(dist), { maxAge: '365d' }))
  app.get('*', (_req, res) => { res.sendFile(join(resolve(dist), 'index.html')) })

  const server = app.listen(config.port)
  ctx.info('front started', { port: config.port })
  return () => { server.close() }
}
