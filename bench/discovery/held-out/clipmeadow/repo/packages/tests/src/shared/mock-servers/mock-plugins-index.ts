import express, { Request, Response } from 'express'
import { Server } from 'http'
import { getPort, randomListen, terminateServer } from './shared.js'

// Fake plugins.joinpeertube.org used by config/test.yaml (plugins.index.url = http://127.0.0.1:42101)
export class MockPluginsIndex {
  private server: Server

  async initialize () {
    const app = express()

    app.use('/api/v1/plugins', (req: Request, res: Response) => {
      return res.json({
        total: 1,
        data: [ { npmName: 'peertube-plugin-hello-world', latestVersion: '0.0.15' } ]
      })
    })

    app.post('/api/v1/plugins/latest-version', (req: Request, res: Response) => {
      return res.json([ { npmName: 'peertube-plugin-hello-world', latestVersion: '0.0.16' } ])
    })

    this.server = await randomListen(app)
    return getPort(this.server)
  }

  terminate () {
    return terminateServer(this.server)
  }
}
