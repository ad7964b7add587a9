import { KafkaConsumer, Message } from 'node-rdkafka'

import { PluginsServerConfig } from '../types'
import { createRdConnectionConfigFromEnvVars } from './producer'

export interface BatchConsumer {
    stop: () => Promise<void>
}

export async function startBatchConsumer({
    config,
    groupId,
    topic,
    eachBatch,
    batchSize = 500,
}: {
    config: PluginsServerConfig
    groupId: string
    topic: string
    eachBatch: (messages: Message[]) => Promise<void>
    batchSize?: number
}): Promise<BatchConsumer> {
    const consumer = new KafkaConsumer(
        {
            ...createRdConnectionConfigFromEnvVars(config),
            'group.id': groupId,
            'enable.auto.commit': false,
            'enable.auto.offset.store': false,
        },
        { 'auto.offset.reset': 'earliest' }
    )
    await new Promise<void>((resolve, reject) => consumer.connect({}, (err) => (err ? reject(err) : resolve())))
    consumer.subscribe([topic])

    let running = true
    const loop = async () => {
        while (running) {
            const messages = await new Promise<Message[]>((resolve, reject) =>
                consumer.consume(batchSize, (err, msgs) => (err ? reject(err) : resolve(msgs)))
            )
            if (!messages.length) continue
            await eachBatch(messages)
            consumer.commitMessage(messages[messages.length - 1])
        }
    }
    void loop()

    return {
        stop: async () => {
            running = false
            await new Promise((resolve) => consumer.disconnect(resolve))
        },
    }
}
