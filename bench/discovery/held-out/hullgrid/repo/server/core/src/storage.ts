import type { MeasureContext, WorkspaceIds } from '@hcengineering/core'
import type { Readable } from 'stream'

export interface BlobStat {
  _id: string
  contentType: string
  size: number
  etag: string
  modifiedOn: number
}

export interface StorageAdapter {
  initialize: (ctx: MeasureContext, wsIds: WorkspaceIds) => Promise<void>
  exists: (ctx: MeasureContext, wsIds: WorkspaceIds) => Promise<boolean>
  make: (ctx: MeasureContext, wsIds: WorkspaceIds) => Promise<void>
  delete: (ctx: MeasureContext, wsIds: WorkspaceIds) => Promise<void>
  stat: (ctx: MeasureContext, wsIds: WorkspaceIds, objectName: string) => Promise<BlobStat | undefined>
  get: (ctx: MeasureContext, wsIds: WorkspaceIds, objectName: string) => Promise<Readable>
  put: (ctx: MeasureContext, wsIds: WorkspaceIds, objectName: string, stream: Readable | Buffer | string, contentType: string, size?: number) => Promise<{ etag: string }>
  read: (ctx: MeasureContext, wsIds: WorkspaceIds, objectName: string) => Promise<Buffer[]>
  remove: (ctx: MeasureContext, wsIds: WorkspaceIds, objectNames: string[]) => Promise<void>
  close: () => Promise<void>
}

export interface StorageConfig {
  kind: string
  name: string
  endpoint: string
  port: number
  accessKey: string
  secretKey: string
  useSSL?: string
  region?: string
}

export interface StorageConfiguration {
  default?: string
  storages: StorageConfig[]
}
