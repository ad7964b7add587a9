import { defaultConfig } from '../config/config'
import { BatchConsumer } from '../kafka/batch-consumer'
import { KafkaProducerWrapper } from '../kafka/producer'
import { Hub, PluginServerCapabilities, PluginServerMode, PluginsServerConfig } from '../types'
import { createPostgresPool } from '../utils/db/postgres'
import { createRedisPool } from '../utils/db/redis'
import { createHttpServer } from './http-server'
import { startAsyncOnEventConsumer } from './ingestion-queues/async-onevent-consumer'
import { startEventsIngestionConsumer } from './ingestion-queues/events-ingestion-consumer'
import { createObjectStorageClient, SessionRecordingBlobConsumer } from './ingestion-queues/session-recording/blob-consumer'
import { PubSub } from './pubsub'

export function getPluginServerCapabilities(config: PluginsServerConfig): PluginServerCapabilities {
    const mode: PluginServerMode | null = config.PLUGIN_SERVER_MODE

    switch (mode) {
        case null:
            // hobby / dev: everything in one process
            return {
                ingestion: true,
                ingestionOverflow: true,
                processAsyncOnEventHandlers: true,
                sessionRecordingBlobIngestion: true,
                http: true,
            }
        case PluginServerMode.ingestion:
            return { ingestion: true, http: true }
        case PluginServerMode.ingestion_overflow:
            return { ingestionOverflow: true, http: true }
        case PluginServerMode.async_onevent:
            return { processAsyncOnEventHandlers: true, http: true }
        case PluginServerMode.recordings_blob_ingestion:
            return { sessionRecordingBlobIngestion: true, http: true }
    }
}

export async function createHub(
    config: Partial<PluginsServerConfig> = {},
    capabilities: PluginServerCapabilities = {}
): Promise<Hub> {
    const serverConfig: PluginsServerConfig = { ...defaultConfig, ...config }

    console.info('🤔 Connecting to Postgres...')
    const postgres = createPostgresPool(serverConfig)
    console.info('👍 Postgres ready')

    console.info('🤔 Connecting to Redis...')
    const redisPool = createRedisPool(serverConfig, 'ingestion')
    console.info('👍 Redis ready')

    console.info('🤔 Connecting to Kafka...')
    const kafkaProducer = await KafkaProducerWrapper.create(serverConfig)
    console.info('👍 Kafka ready')

    const objectStorage =
        capabilities.sessionRecordingBlobIngestion && serverConfig.OBJECT_STORAGE_ENABLED
            ? createObjectStorageClient(serverConfig)
            : undefined

    return { ...serverConfig, postgres, redisPool, kafkaProducer, objectStorage }
}

export async function startPluginsServer(config: PluginsServerConfig): Promise<void> {
    const capabilities = getPluginServerCapabilities(config)
    console.info(`ℹ️ Plugin server starting with capabilities ${JSON.stringify(capabilities)}`)

    const hub: Hub = await createHub(config, capabilities)
    const consumers: BatchConsumer[] = []
    let recordingsConsumer: SessionRecordingBlobConsumer | undefined

    const pubSub = new PubSub(hub, {
        [hub.RELOAD_PLUGINS_CHANNEL]: () => {
            console.info('⚡ Reloading plugin configs')
            // plugin configs are re-read from Postgres lazily on next event
        },
        'reload-action': (message) => console.info(`⚡ Reload action ${message}`),
    })
    await pubSub.start()

    if (capabilities.ingestion) {
        consumers.push(await startEventsIngestionConsumer(hub))
    }
    if (capabilities.ingestionOverflow) {
        consumers.push(await startEventsIngestionConsumer(hub, true))
    }
    if (capabilities.processAsyncOnEventHandlers) {
        consumers.push(await startAsyncOnEventConsumer(hub))
    }
    if (capabilities.sessionRecordingBlobIngestion && hub.objectStorage) {
        recordingsConsumer = new SessionRecordingBlobConsumer(hub, hub.objectStorage)
        await recordingsConsumer.start()
    }
    if (capabilities.http) {
        createHttpServer(hub, () => true)
    }

    const shutdown = async () => {
        await Promise.all(consumers.map((c) => c.stop()))
        await recordingsConsumer?.stop()
        await pubSub.stop()
        await hub.kafkaProducer.disconnect()
        await hub.postgres.end()
        process.exit(0)
    }
    process.on('SIGTERM', shutdown)
    process.on('SIGINT', shutdown)
}
