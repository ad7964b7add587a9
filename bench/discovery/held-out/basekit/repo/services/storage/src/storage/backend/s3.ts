import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  S3Client,
  S3ClientConfig,
} from '@aws-sdk/client-s3'
import { Upload } from '@aws-sdk/lib-storage'
import { getSignedUrl } from '@aws-sdk/s3-request-presigner'
import { Readable } from 'stream'
import { ObjectMetadata, StorageBackendAdapter } from './index'

export interface S3ClientOptions {
  endpoint?: string
  region?: string
  forcePathStyle?: boolean
}

/**
 * S3Backend stores objects in any S3-compatible API (AWS S3, MinIO, R2...).
 * Credentials come from the default AWS provider chain (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY).
 */
export class S3Backend implements StorageBackendAdapter {
  client: S3Client

  constructor(options: S3ClientOptions) {
    const params: S3ClientConfig = {
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      requestHandler: { requestTimeout: 60_000 } as never,
    }
    if (options.endpoint) {
      params.endpoint = options.endpoint
    }
    this.client = new S3Client(params)
  }

  async getObject(bucket: string, key: string, range?: string) {
    const data = await this.client.send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: range }))
    return {
      body: data.Body as Readable,
      metadata: {
        cacheControl: data.CacheControl || 'no-cache',
        mimetype: data.ContentType || 'application/octet-stream',
        eTag: data.ETag || '',
        lastModified: data.LastModified,
        contentLength: data.ContentLength || 0,
        size: data.ContentLength || 0,
      },
    }
  }

  async uploadObject(bucket: string, key: string, body: NodeJS.ReadableStream, contentType: string, cacheControl: string) {
    const upload = new Upload({
      client: this.client,
      params: { Bucket: bucket, Key: key, Body: body as Readable, ContentType: contentType, CacheControl: cacheControl },
    })
    await upload.done()
    return this.headObject(bucket, key)
  }

  async deleteObject(bucket: string, key: string) {
    await this.client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }))
  }

  async headObject(bucket: string, key: string): Promise<ObjectMetadata> {
    const data = await this.client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))
    return {
      cacheControl: data.CacheControl || 'no-cache',
      mimetype: data.ContentType || 'application/octet-stream',
      eTag: data.ETag || '',
      lastModified: data.LastModified,
      contentLength: data.ContentLength || 0,
      size: data.ContentLength || 0,
    }
  }

  async privateAssetUrl(bucket: string, key: string) {
    return getSignedUrl(this.client, new GetObjectCommand({ Bucket: bucket, Key: key }), { expiresIn: 600 })
  }
}
