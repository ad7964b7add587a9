import { KAFKA_EVENTS_PLUGIN_INGESTION, KAFKA_EVENTS_PLUGIN_INGESTION_OVERFLOW } from './kafka-topics'
import { PluginServerMode, PluginsServerConfig } from '../types'
import { determineNodeEnv, isDevEnv, isTestEnv, NodeEnv, stringToBoolean } from '../utils/env-utils'

export const defaultConfig = overrideWithEnv(getDefaultConfig())

export function getDefaultConfig(): PluginsServerConfig {
    return {
        TASK_TIMEOUT: 30,
        DATABASE_URL: isTestEnv()
            ? 'postgres://hoglytics:hoglytics@localhost:5432/test_hoglytics'
            : isDevEnv()
            ? 'postgres://hoglytics:hoglytics@localhost:5432/hoglytics'
            : '',
        POSTGRES_CONNECTION_POOL_SIZE: 10,
        // Only used by the functional test helpers to assert on ingested rows; the server itself writes to
        // ClickHouse exclusively through Kafka topics consumed by Kafka-engine tables.
        CLICKHOUSE_HOST: 'localhost',
        CLICKHOUSE_DATABASE: isTestEnv() ? 'hoglytics_test' : 'default',
        CLICKHOUSE_USER: 'default',
        CLICKHOUSE_PASSWORD: null,
        KAFKA_HOSTS: 'kafka:9092',
        KAFKA_SECURITY_PROTOCOL: undefined,
        KAFKA_CONSUMPTION_TOPIC: KAFKA_EVENTS_PLUGIN_INGESTION,
        KAFKA_CONSUMPTION_OVERFLOW_TOPIC: KAFKA_EVENTS_PLUGIN_INGESTION_OVERFLOW,
        KAFKA_PREFIX: '',
        KAFKA_PRODUCER_LINGER_MS: 20,
        REDIS_URL: 'redis://127.0.0.1',
        INGESTION_REDIS_HOST: '',
        INGESTION_REDIS_PORT: 6379,
        REDIS_POOL_MIN_SIZE: 1,
        REDIS_POOL_MAX_SIZE: 3,
        RELOAD_PLUGINS_CHANNEL: 'reload-plugins',
        SENTRY_DSN: null,
        HTTP_SERVER_PORT: 6738,
        PLUGIN_SERVER_MODE: null,
        OBJECT_STORAGE_ENABLED: true,
        OBJECT_STORAGE_ENDPOINT: 'http://localhost:19000',
        OBJECT_STORAGE_REGION: 'us-east-1',
        OBJECT_STORAGE_ACCESS_KEY_ID: 'object_storage_root_user',
        OBJECT_STORAGE_SECRET_ACCESS_KEY: 'changeme',
        OBJECT_STORAGE_BUCKET: 'hoglytics',
        SESSION_RECORDING_REMOTE_FOLDER: 'session_recordings',
        SESSION_RECORDING_MAX_BUFFER_AGE_SECONDS: 60 * 10,
        GEOIP_MMDB_PATH: '../share/GeoLite2-City.mmdb',
        SITE_URL: null,
        // KAFKA_HOSTS_FOR_CLICKHOUSE: '',   // removed: ClickHouse reads its broker list from Django migrations
    }
}

export function overrideWithEnv(
    config: PluginsServerConfig,
    env: Record<string, string | undefined> = process.env
): PluginsServerConfig {
    const defaultConfig = getDefaultConfig() as any

    const tmpConfig: any = { ...config }
    for (const key of Object.keys(config)) {
        if (typeof env[key] !== 'undefined') {
            if (key == 'PLUGIN_SERVER_MODE') {
                const mode = env[key]
                if (mode == null || mode === '' || mode in PluginServerMode || Object.values(PluginServerMode).includes(mode as any)) {
                    tmpConfig[key] = mode === '' ? null : mode
                } else {
                    throw Error(`Invalid PLUGIN_SERVER_MODE ${env[key]}`)
                }
            } else if (typeof defaultConfig[key] === 'number') {
                tmpConfig[key] = env[key]?.indexOf('.') ? parseFloat(env[key]!) : parseInt(env[key]!)
            } else if (typeof defaultConfig[key] === 'boolean') {
                tmpConfig[key] = stringToBoolean(env[key])
            } else {
                tmpConfig[key] = env[key]
            }
        }
    }
    const newConfig: PluginsServerConfig = { ...tmpConfig }

    if (!newConfig.DATABASE_URL && determineNodeEnv() !== NodeEnv.Test) {
        throw Error('You must specify DATABASE_URL to run the plugin server')
    }
    return newConfig
}
