import axios, { Axios } from 'axios'
import { getConfig } from '../../config'
import { StorageBackendAdapter } from '../backend'

const { imgProxyURL, imgProxyRequestTimeout, imgLimits } = getConfig()

export interface TransformOptions {
  width?: number
  height?: number
  resize?: 'cover' | 'contain' | 'fill'
  format?: 'origin' | 'avif' | 'webp'
  quality?: number
}

const LIMITS = {
  height: { min: imgLimits.size.min, max: imgLimits.size.max },
  width: { min: imgLimits.size.min, max: imgLimits.size.max },
}

/**
 * ImageRenderer asks imgproxy to fetch the original (local:// path or presigned S3 URL)
 * and transform it on the fly.
 */
export class ImageRenderer {
  private readonly client: Axios

  constructor(private readonly backend: StorageBackendAdapter) {
    this.client = axios.create({
      baseURL: imgProxyURL,
      timeout: imgProxyRequestTimeout * 1000,
    })
  }

  static applyTransformation(options: TransformOptions): string[] {
    const segments: string[] = []
    if (options.height) {
      segments.push(`height:${clamp(options.height, LIMITS.height.min, LIMITS.height.max)}`)
    }
    if (options.width) {
      segments.push(`width:${clamp(options.width, LIMITS.width.min, LIMITS.width.max)}`)
    }
    if (options.width || options.height) {
      segments.push(`resizing_type:${options.resize === 'contain' ? 'fit' : options.resize || 'fill'}`)
    }
    if (options.quality) {
      segments.push(`quality:${options.quality}`)
    }
    if (options.format && options.format !== 'origin') {
      segments.push(`format:${options.format}`)
    }
    return segments
  }

  async render(bucket: string, key: string, options: TransformOptions) {
    const privateURL = await this.backend.privateAssetUrl(bucket, key)
    const urlTransformation = ImageRenderer.applyTransformation(options)

    const response = await this.client.get(`/public/${urlTransformation.join('/')}/plain/${privateURL}`, {
      responseType: 'stream',
    })

    return {
      body: response.data,
      contentType: response.headers['content-type'],
      contentLength: response.headers['content-length'],
    }
  }
}

function clamp(num: number, min: number, max: number) {
  return Math.min(Math.max(num, min), max)
}
