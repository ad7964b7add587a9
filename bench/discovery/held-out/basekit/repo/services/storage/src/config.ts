import dotenv from 'dotenv'

export type StorageBackendType = 'file' | 's3'

type StorageConfigType = {
  anonKey: string
  serviceKey: string
  jwtSecret: string
  databaseURL: string
  databasePoolURL?: string
  databaseMaxConnections: number
  tenantId: string
  region: string
  storageBackendType: StorageBackendType
  storageFilePath?: string
  storageS3Bucket: string
  storageS3Endpoint?: string
  storageS3ForcePathStyle: boolean
  storageS3Region: string
  uploadFileSizeLimit: number
  imageTransformationEnabled: boolean
  imgProxyURL?: string
  imgProxyRequestTimeout: number
  imgLimits: { size: { min: number; max: number } }
  defaultMetricsEnabled: boolean
  port: number
}

function getOptionalConfigFromEnv(key: string, fallback?: string): string | undefined {
  const envValue = process.env[key]
  if (!envValue && fallback) {
    return getOptionalConfigFromEnv(fallback)
  }
  return envValue
}

function getConfigFromEnv(key: string, fallbackEnv?: string): string {
  const value = getOptionalConfigFromEnv(key)
  if (!value) {
    if (fallbackEnv) {
      return getConfigFromEnv(fallbackEnv)
    }
    throw new Error(`${key} is undefined`)
  }
  return value
}

let config: StorageConfigType | undefined

export function getConfig(options?: { reload?: boolean }): StorageConfigType {
  if (config && !options?.reload) {
    return config
  }

  dotenv.config()

  config = {
    anonKey: getConfigFromEnv('ANON_KEY'),
    serviceKey: getConfigFromEnv('SERVICE_KEY'),
    jwtSecret: getConfigFromEnv('AUTH_JWT_SECRET', 'PGRST_JWT_SECRET'),
    databaseURL: getConfigFromEnv('DATABASE_URL'),
    databasePoolURL: getOptionalConfigFromEnv('DATABASE_POOL_URL'),
    databaseMaxConnections: parseInt(getOptionalConfigFromEnv('DATABASE_MAX_CONNECTIONS') || '20', 10),
    tenantId: getConfigFromEnv('TENANT_ID'),
    region: getConfigFromEnv('REGION'),
    storageBackendType: getConfigFromEnv('STORAGE_BACKEND') as StorageBackendType,
    storageFilePath: getOptionalConfigFromEnv('FILE_STORAGE_BACKEND_PATH'),
    storageS3Bucket: getConfigFromEnv('GLOBAL_S3_BUCKET'),
    storageS3Endpoint: getOptionalConfigFromEnv('GLOBAL_S3_ENDPOINT'),
    storageS3ForcePathStyle: getOptionalConfigFromEnv('GLOBAL_S3_FORCE_PATH_STYLE') === 'true',
    storageS3Region: getOptionalConfigFromEnv('AWS_DEFAULT_REGION') || 'us-east-1',
    uploadFileSizeLimit: Number(getOptionalConfigFromEnv('FILE_SIZE_LIMIT') || 52428800),
    imageTransformationEnabled: getOptionalConfigFromEnv('ENABLE_IMAGE_TRANSFORMATION') === 'true',
    imgProxyURL: getOptionalConfigFromEnv('IMGPROXY_URL'),
    imgProxyRequestTimeout: parseInt(getOptionalConfigFromEnv('IMGPROXY_REQUEST_TIMEOUT') || '15', 10),
    imgLimits: {
      size: {
        min: parseInt(getOptionalConfigFromEnv('IMG_LIMITS_MIN_SIZE') || '1', 10),
        max: parseInt(getOptionalConfigFromEnv('IMG_LIMITS_MAX_SIZE') || '2000', 10),
      },
    },
    defaultMetricsEnabled: getOptionalConfigFromEnv('DEFAULT_METRICS_ENABLED') !== 'false',
    port: parseInt(getOptionalConfigFromEnv('PORT', 'SERVER_PORT') || '5000', 10),
  }

  return config
}
