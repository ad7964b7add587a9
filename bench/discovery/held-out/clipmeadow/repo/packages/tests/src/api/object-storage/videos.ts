/* eslint-disable @typescript-eslint/no-unused-expressions,@typescript-eslint/require-await */

import { expect } from 'chai'
import { S3Client, HeadObjectCommand } from '@aws-sdk/client-s3'
import {
  cleanupTests,
  createSingleServer,
  ObjectStorageCommand,
  PeerTubeServer,
  setAccessTokensToServers,
  waitJobs
} from '@peertube/peertube-server-commands'
import { MockObjectStorageProxy } from '../../shared/mock-servers/mock-object-storage.js'

describe('Object storage for videos', function () {
  let server: PeerTubeServer
  let proxy: MockObjectStorageProxy

  before(async function () {
    this.timeout(120000)

    proxy = new MockObjectStorageProxy()
    await proxy.initialize()

    await ObjectStorageCommand.prepareDefaultMockBuckets()

    server = await createSingleServer(1, ObjectStorageCommand.getDefaultMockConfig())
    await setAccessTokensToServers([ server ])
  })

  it('Should upload a video and move it to the object storage', async function () {
    this.timeout(60000)

    const { uuid } = await server.videos.quickUpload({ name: 'video' })
    await waitJobs([ server ], { skipDelayed: true })

    const s3 = new S3Client({ endpoint: 'http://127.0.0.1:9444', region: 'us-east-1', forcePathStyle: true })
    const head = await s3.send(new HeadObjectCommand({ Bucket: 'clipmeadow-test-web-videos', Key: uuid + '.mp4' }))

    expect(head.ContentLength).to.be.above(0)
  })

  after(async function () {
    await proxy.terminate()
    await cleanupTests([ server ])
  })
})
