import express from 'express'
import * as prometheus from 'prom-client'

import { Hub } from '../types'

prometheus.collectDefaultMetrics()

export function createHttpServer(hub: Hub, isHealthy: () => boolean): express.Application {
    const app = express()
    app.use(express.json({ limit: '2mb' }))

    app.get('/_health', (_req, res) => res.status(isHealthy() ? 200 : 503).json({ status: isHealthy() ? 'ok' : 'error' }))
    app.get('/_ready', (_req, res) => res.json({ status: 'ok' }))
    app.get('/_metrics', async (_req, res) => {
        res.set('Content-Type', prometheus.register.contentType)
        res.end(await prometheus.register.metrics())
    })

    // Internal API called by the Django web app (posthog/plugins/plugin_server_api.py)
    app.post('/api/projects/:teamId/plugin_configs/:id/invocations', async (req, res) => {
        const { rows } = await hub.postgres.query('SELECT config FROM posthog_pluginconfig WHERE id = $1 AND team_id = $2', [
            req.params.id,
            req.params.teamId,
        ])
        if (!rows.length) return res.status(404).json({ error: 'not found' })
        res.json({ status: 'success', logs: [], input: req.body, config: rows[0].config })
    })

    app.post('/api/plugins/validate', (req, res) => {
        try {
            new Function(req.body.source)
            res.json({ valid: true })
        } catch (e: any) {
            res.status(400).json({ valid: false, error: String(e) })
        }
    })

    app.listen(hub.HTTP_SERVER_PORT, () => console.info(`🌐 HTTP server listening on ${hub.HTTP_SERVER_PORT}`))
    return app
}
