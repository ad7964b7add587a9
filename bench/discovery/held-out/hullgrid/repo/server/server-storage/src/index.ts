import type { StorageAdapter, StorageConfig, StorageConfiguration } from '@hcengineering/server-core'
import { MinioService } from '@hcengineering/minio'

/**
 * Parse storage configuration of form:
 *   kind|endpoint?accessKey=..&secretKey=..[;kind|endpoint?...]
 * e.g. "minio|minio?accessKey=minioadmin&secretKey=minioadmin"
 */
export function parseStorageEnv (storageEnv: string, config: StorageConfiguration): void {
  const storages = storageEnv.split(';')
  for (const st of storages) {
    if (st.trim().length === 0 || !st.includes('|')) {
      throw new Error('Invalid storage config:' + st)
    }
    let [kindName, url] = st.split('|')
    let [kind, name] = kindName.split(',')
    if (name == null) name = kind
    let hasProtocol = true
    if (!url.includes('://')) {
      url = 'http://' + url
      hasProtocol = false
    }
    const uri = new URL(url)
    const storageConfig: StorageConfig = {
      kind,
      name,
      port: Number.parseInt(uri.port === '' ? '9000' : uri.port),
      endpoint: (hasProtocol ? uri.protocol + '//' : '') + uri.hostname,
      accessKey: uri.searchParams.get('accessKey') ?? '',
      secretKey: uri.searchParams.get('secretKey') ?? '',
      region: uri.searchParams.get('region') ?? undefined
    }
    config.storages.push(storageConfig)
    config.default = name
  }
}

export function storageConfigFromEnv (configEnv?: string): StorageConfiguration {
  const storageConfig: StorageConfiguration = { default: '', storages: [] }
  const storageEnv = configEnv ?? process.env.STORAGE_CONFIG
  if (storageEnv !== undefined) {
    parseStorageEnv(storageEnv, storageConfig)
  }
  return storageConfig
}

export function buildStorageFromConfig (config: StorageConfiguration): StorageAdapter {
  const selected = config.storages.find((it) => it.name === config.default) ?? config.storages[0]
  if (selected === undefined) {
    throw new Error('No storage configured, please set STORAGE_CONFIG')
  }
  switch (selected.kind) {
    case 'minio':
      return new MinioService({ ...selected, useSSL: selected.useSSL ?? 'false' })
    default:
      throw new Error(`Unsupported storage kind ${selected.kind}`)
  }
}
