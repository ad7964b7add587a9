import fs from 'fs-extra'
import path from 'path'
import { createHash } from 'crypto'
import { getConfig } from '../../config'
import { ObjectMetadata, StorageBackendAdapter } from './index'

const { storageFilePath, tenantId } = getConfig()

/**
 * FileBackend writes objects to a local directory (a docker volume in self-hosted setups).
 * The same directory is mounted into imgproxy so it can read originals via local:// URLs.
 */
export class FileBackend implements StorageBackendAdapter {
  filePath: string

  constructor() {
    if (!storageFilePath) {
      throw new Error('FILE_STORAGE_BACKEND_PATH env variable not set')
    }
    this.filePath = storageFilePath
  }

  private resolve(bucket: string, key: string) {
    return path.resolve(this.filePath, tenantId, bucket, key)
  }

  async getObject(bucket: string, key: string) {
    const file = this.resolve(bucket, key)
    const metadata = await this.headObject(bucket, key)
    return { body: fs.createReadStream(file), metadata }
  }

  async uploadObject(bucket: string, key: string, body: NodeJS.ReadableStream, contentType: string, cacheControl: string) {
    const file = this.resolve(bucket, key)
    await fs.ensureFile(file)
    await new Promise<void>((resolve, reject) => {
      const out = fs.createWriteStream(file)
      body.pipe(out).on('finish', () => resolve()).on('error', reject)
    })
    await fs.writeJson(`${file}.meta.json`, { contentType, cacheControl })
    return this.headObject(bucket, key)
  }

  async deleteObject(bucket: string, key: string) {
    const file = this.resolve(bucket, key)
    await fs.remove(file)
    await fs.remove(`${file}.meta.json`)
  }

  async headObject(bucket: string, key: string): Promise<ObjectMetadata> {
    const file = this.resolve(bucket, key)
    const stat = await fs.stat(file)
    const meta = await fs.readJson(`${file}.meta.json`).catch(() => ({}))
    const eTag = createHash('md5').update(`${stat.size}-${stat.mtimeMs}`).digest('hex')
    return {
      cacheControl: meta.cacheControl || 'no-cache',
      mimetype: meta.contentType || 'application/octet-stream',
      eTag: `"${eTag}"`,
      lastModified: stat.mtime,
      contentLength: stat.size,
      size: stat.size,
    }
  }

  async privateAssetUrl(bucket: string, key: string) {
    return 'local:///' + this.resolve(bucket, key)
  }
}
