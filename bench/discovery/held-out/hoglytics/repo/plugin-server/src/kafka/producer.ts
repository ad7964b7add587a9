import { GlobalConfig, HighLevelProducer, ProducerGlobalConfig } from 'node-rdkafka'

import { PluginsServerConfig } from '../types'

export function createRdConnectionConfigFromEnvVars(
    config: Pick<PluginsServerConfig, 'KAFKA_HOSTS' | 'KAFKA_SECURITY_PROTOCOL'>
): GlobalConfig {
    return {
        'client.id': process.env.HOSTNAME || 'hoglytics-plugin-server',
        'metadata.broker.list': config.KAFKA_HOSTS,
        'security.protocol': config.KAFKA_SECURITY_PROTOCOL ? (config.KAFKA_SECURITY_PROTOCOL.toLowerCase() as any) : 'plaintext',
        log_level: 4,
    }
}

export class KafkaProducerWrapper {
    constructor(public producer: HighLevelProducer) {}

    static async create(config: PluginsServerConfig): Promise<KafkaProducerWrapper> {
        const producerConfig: ProducerGlobalConfig = {
            ...createRdConnectionConfigFromEnvVars(config),
            'linger.ms': config.KAFKA_PRODUCER_LINGER_MS,
            'compression.codec': 'snappy',
            dr_cb: true,
        }
        const producer = new HighLevelProducer(producerConfig)
        await new Promise<void>((resolve, reject) =>
            producer.connect(undefined, (error) => (error ? reject(error) : resolve()))
        )
        return new KafkaProducerWrapper(producer)
    }

    async produce({ topic, key, value }: { topic: string; key: string | null; value: Buffer }): Promise<void> {
        await new Promise<void>((resolve, reject) =>
            this.producer.produce(topic, null, value, key, Date.now(), (error) => (error ? reject(error) : resolve()))
        )
    }

    async queueJson(topic: string, key: string | null, object: Record<string, any>): Promise<void> {
        await this.produce({ topic, key, value: Buffer.from(JSON.stringify(object)) })
    }

    async disconnect(): Promise<void> {
        await new Promise((resolve) => this.producer.disconnect(resolve))
    }
}
