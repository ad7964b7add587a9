import { S3Client } from '@aws-sdk/client-s3'
import { Upload } from '@aws-sdk/lib-storage'
import { Message } from 'node-rdkafka'
import { Readable } from 'stream'

import {
    KAFKA_CLICKHOUSE_SESSION_REPLAY_EVENTS,
    KAFKA_SESSION_RECORDING_SNAPSHOT_ITEM_EVENTS,
} from '../../../config/kafka-topics'
import { BatchConsumer, startBatchConsumer } from '../../../kafka/batch-consumer'
import { Hub, PluginsServerConfig } from '../../../types'

export function createObjectStorageClient(config: PluginsServerConfig): S3Client {
    return new S3Client({
        region: config.OBJECT_STORAGE_REGION,
        endpoint: config.OBJECT_STORAGE_ENDPOINT,
        credentials: {
            accessKeyId: config.OBJECT_STORAGE_ACCESS_KEY_ID,
            secretAccessKey: config.OBJECT_STORAGE_SECRET_ACCESS_KEY,
        },
        forcePathStyle: true, // MinIO
    })
}

type Buffered = { teamId: number; sessionId: string; lines: string[]; firstOffset: number; createdAt: number }

export class SessionRecordingBlobConsumer {
    private buffers = new Map<string, Buffered>()
    private consumer?: BatchConsumer

    constructor(private hub: Hub, private s3: S3Client) {}

    async start(): Promise<void> {
        this.consumer = await startBatchConsumer({
            config: this.hub,
            groupId: 'session-recordings-blob',
            topic: KAFKA_SESSION_RECORDING_SNAPSHOT_ITEM_EVENTS,
            eachBatch: (messages) => this.handleBatch(messages),
        })
    }

    private async handleBatch(messages: Message[]): Promise<void> {
        for (const message of messages) {
            const parsed = JSON.parse(message.value!.toString())
            const key = `${parsed.team_id}-${parsed.session_id}`
            const buffer = this.buffers.get(key) ?? {
                teamId: parsed.team_id,
                sessionId: parsed.session_id,
                lines: [],
                firstOffset: message.offset,
                createdAt: Date.now(),
            }
            buffer.lines.push(JSON.stringify(parsed.data))
            this.buffers.set(key, buffer)
        }
        const maxAge = this.hub.SESSION_RECORDING_MAX_BUFFER_AGE_SECONDS * 1000
        for (const [key, buffer] of this.buffers) {
            if (Date.now() - buffer.createdAt > maxAge) {
                await this.flush(buffer)
                this.buffers.delete(key)
            }
        }
    }

    private async flush(buffer: Buffered): Promise<void> {
        const dataKey = `${this.hub.SESSION_RECORDING_REMOTE_FOLDER}/team_id/${buffer.teamId}/session_id/${buffer.sessionId}/data/${buffer.firstOffset}-${Date.now()}`
        await new Upload({
            client: this.s3,
            params: {
                Bucket: this.hub.OBJECT_STORAGE_BUCKET,
                Key: dataKey,
                Body: Readable.from(buffer.lines.join('\n')),
            },
        }).done()
        await this.hub.kafkaProducer.queueJson(KAFKA_CLICKHOUSE_SESSION_REPLAY_EVENTS, buffer.sessionId, {
            team_id: buffer.teamId,
            session_id: buffer.sessionId,
            event_count: buffer.lines.length,
        })
    }

    async stop(): Promise<void> {
        await this.consumer?.stop()
    }
}
