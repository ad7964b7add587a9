import { S3Client } from '@aws-sdk/client-s3'
import { Pool as GenericPool } from 'generic-pool'
import Redis from 'ioredis'
import { Pool } from 'pg'

import { KafkaProducerWrapper } from './kafka/producer'

export enum PluginServerMode {
    ingestion = 'ingestion',
    ingestion_overflow = 'ingestion-overflow',
    async_onevent = 'async-onevent',
    recordings_blob_ingestion = 'recordings-blob-ingestion',
}

export interface PluginsServerConfig {
    TASK_TIMEOUT: number
    DATABASE_URL: string
    POSTGRES_CONNECTION_POOL_SIZE: number
    CLICKHOUSE_HOST: string
    CLICKHOUSE_DATABASE: string
    CLICKHOUSE_USER: string
    CLICKHOUSE_PASSWORD: string | null
    KAFKA_HOSTS: string
    KAFKA_SECURITY_PROTOCOL: 'PLAINTEXT' | 'SSL' | 'SASL_PLAINTEXT' | 'SASL_SSL' | undefined
    KAFKA_CONSUMPTION_TOPIC: string | null
    KAFKA_CONSUMPTION_OVERFLOW_TOPIC: string | null
    KAFKA_PREFIX: string
    KAFKA_PRODUCER_LINGER_MS: number
    REDIS_URL: string
    INGESTION_REDIS_HOST: string
    INGESTION_REDIS_PORT: number
    REDIS_POOL_MIN_SIZE: number
    REDIS_POOL_MAX_SIZE: number
    RELOAD_PLUGINS_CHANNEL: string
    SENTRY_DSN: string | null
    HTTP_SERVER_PORT: number
    PLUGIN_SERVER_MODE: PluginServerMode | null
    OBJECT_STORAGE_ENABLED: boolean
    OBJECT_STORAGE_ENDPOINT: string
    OBJECT_STORAGE_REGION: string
    OBJECT_STORAGE_ACCESS_KEY_ID: string
    OBJECT_STORAGE_SECRET_ACCESS_KEY: string
    OBJECT_STORAGE_BUCKET: string
    SESSION_RECORDING_REMOTE_FOLDER: string
    SESSION_RECORDING_MAX_BUFFER_AGE_SECONDS: number
    GEOIP_MMDB_PATH: string
    SITE_URL: string | null
}

export interface Hub extends PluginsServerConfig {
    postgres: Pool
    redisPool: GenericPool<Redis>
    kafkaProducer: KafkaProducerWrapper
    objectStorage?: S3Client
}

export interface PluginServerCapabilities {
    ingestion?: boolean
    ingestionOverflow?: boolean
    processAsyncOnEventHandlers?: boolean
    sessionRecordingBlobIngestion?: boolean
    http?: boolean
}
