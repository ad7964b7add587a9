import type { MeasureContext, WorkspaceIds } from '@hcengineering/core'
import type { BlobStat, StorageAdapter, StorageConfig } from '@hcengineering/server-core'
import { Client, type BucketItem } from 'minio'
import { Readable } from 'stream'

export interface MinioConfig extends StorageConfig {
  kind: 'minio' | string
  rootBucket?: string
}

export class MinioService implements StorageAdapter {
  client: Client

  constructor (readonly opt: MinioConfig) {
    this.client = new Client({
      endPoint: opt.endpoint,
      accessKey: opt.accessKey,
      secretKey: opt.secretKey,
      region: opt.region ?? 'us-east-1',
      port: opt.port ?? 9000,
      useSSL: opt.useSSL === 'true'
    })
  }

  getBucketId (wsIds: WorkspaceIds): string {
    return this.opt.rootBucket ?? (wsIds.dataId ?? wsIds.uuid)
  }

  getDocumentKey (wsIds: WorkspaceIds, name: string): string {
    return this.opt.rootBucket === undefined ? name : `${wsIds.dataId ?? wsIds.uuid}/${name}`
  }

  async initialize (ctx: MeasureContext, wsIds: WorkspaceIds): Promise<void> {}

  async exists (ctx: MeasureContext, wsIds: WorkspaceIds): Promise<boolean> {
    return await this.client.bucketExists(this.getBucketId(wsIds))
  }

  async make (ctx: MeasureContext, wsIds: WorkspaceIds): Promise<void> {
    await this.client.makeBucket(this.getBucketId(wsIds), this.opt.region ?? 'us-east-1')
  }

  async delete (ctx: MeasureContext, wsIds: WorkspaceIds): Promise<void> {
    const bucket = this.getBucketId(wsIds)
    const names: string[] = []
    for await (const item of this.client.listObjects(bucket, '', true) as AsyncIterable<BucketItem>) {
      if (item.name !== undefined) names.push(item.name)
    }
    await this.client.removeObjects(bucket, names)
    await this.client.removeBucket(bucket)
  }

  async stat (ctx: MeasureContext, wsIds: WorkspaceIds, objectName: string): Promise<BlobStat | undefined> {
    try {
      const result = await this.client.statObject(this.getBucketId(wsIds), this.getDocumentKey(wsIds, objectName))
      return {
        _id: objectName,
        contentType: result.metaData['content-type'],
        size: result.size,
        etag: result.etag,
        modifiedOn: result.lastModified.getTime()
      }
    } catch (err: any) {
      if (err?.code === 'NoSuchKey' || err?.code === 'NotFound') return undefined
      throw err
    }
  }

  async get (ctx: MeasureContext, wsIds: WorkspaceIds, objectName: string): Promise<Readable> {
    return await this.client.getObject(this.getBucketId(wsIds), this.getDocumentKey(wsIds, objectName))
  }

  async put (ctx: MeasureContext, wsIds: WorkspaceIds, objectName: string, stream: Readable | Buffer | string, contentType: string, size?: number): Promise<{ etag: string }> {
    const res = await this.client.putObject(this.getBucketId(wsIds), this.getDocumentKey(wsIds, objectName), stream, size, {
      'Content-Type': contentType
    })
    return { etag: res.etag }
  }

  async read (ctx: MeasureContext, wsIds: WorkspaceIds, objectName: string): Promise<Buffer[]> {
    const data = await this.get(ctx, wsIds, objectName)
    const chunks: Buffer[] = []
    for await (const chunk of data) chunks.push(chunk)
    return chunks
  }

  async remove (ctx: MeasureContext, wsIds: WorkspaceIds, objectNames: string[]): Promise<void> {
    await this.client.removeObjects(this.getBucketId(wsIds), objectNames.map((it) => this.getDocumentKey(wsIds, it)))
  }

  async close (): Promise<void> {}
}
