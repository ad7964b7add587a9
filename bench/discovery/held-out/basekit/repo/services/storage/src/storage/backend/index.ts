import { getConfig } from '../../config'
import { FileBackend } from './file'
import { S3Backend } from './s3'

export interface ObjectMetadata {
  cacheControl: string
  contentLength: number
  size: number
  mimetype: string
  lastModified?: Date
  eTag: string
}

export interface StorageBackendAdapter {
  getObject(bucket: string, key: string, range?: string): Promise<{ body: NodeJS.ReadableStream; metadata: ObjectMetadata }>
  uploadObject(bucket: string, key: string, body: NodeJS.ReadableStream, contentType: string, cacheControl: string): Promise<ObjectMetadata>
  deleteObject(bucket: string, key: string): Promise<void>
  headObject(bucket: string, key: string): Promise<ObjectMetadata>
  privateAssetUrl(bucket: string, key: string): Promise<string>
}

const { storageBackendType, storageS3Region, storageS3Endpoint, storageS3ForcePathStyle } = getConfig()

export function createStorageBackend(): StorageBackendAdapter {
  if (storageBackendType === 'file') {
    return new FileBackend()
  }
  return new S3Backend({
    region: storageS3Region,
    endpoint: storageS3Endpoint,
    forcePathStyle: storageS3ForcePathStyle,
  })
}
