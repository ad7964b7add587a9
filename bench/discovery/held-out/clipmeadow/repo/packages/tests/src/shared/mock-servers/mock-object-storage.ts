import express from 'express'
import got, { RequestError } from 'got'
import { Server } from 'http'
import { pipeline } from 'stream'
import { ObjectStorageCommand } from '@peertube/peertube-server-commands'
import { getPort, randomListen, terminateServer } from './shared.js'

// Proxy in front of the test S3 (s3ninja on 127.0.0.1:9444) used by the object storage tests
export class MockObjectStorageProxy {
  private server: Server

  async initialize () {
    const app = express()

    app.get('/:bucketName/:path(*)', (req: express.Request, res: express.Response, next: express.NextFunction) => {
      const url = `http://${req.params.bucketName}.${ObjectStorageCommand.getMockEndpointHost()}/${req.params.path}`

      const stream = got.stream(url)
      stream.on('error', err => {
        console.error('Error in object storage proxy', { err })

        if (!(err instanceof RequestError)) return next(err)

        res.sendStatus(err.response?.statusCode ?? 500)
      })

      pipeline(stream, res, () => {})
    })

    this.server = await randomListen(app)

    return getPort(this.server)
  }

  terminate () {
    return terminateServer(this.server)
  }
}
