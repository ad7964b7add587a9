import type { MeasureContext } from '@hcengineering/core'
import type { ConsumerHandle, PlatformQueue, PlatformQueueProducer, QueueTopic } from '@hcengineering/server-core'
import { Kafka, type Producer } from 'kafkajs'

export interface QueueConfig {
  postfix: string
  brokers: string[]
  clientId: string
  region: string
}

/**
 * QUEUE_CONFIG: comma separated list of brokers, optionally followed by ;postfix
 */
export function parseQueueConfig (config: string, serviceId: string, region: string): QueueConfig {
  const [brokers, postfix] = config.split(';')
  return {
    postfix: postfix ?? '',
    brokers: brokers.split(',').map((it) => it.trim()),
    clientId: serviceId,
    region
  }
}

function getKafkaTopicId (topic: QueueTopic | string, config: QueueConfig): string {
  return config.region !== '' ? `${config.region}.${topic}${config.postfix}` : `${topic}${config.postfix}`
}

class PlatformQueueImpl implements PlatformQueue {
  private readonly kafka: Kafka
  private readonly producers: Producer[] = []
  private readonly consumers: ConsumerHandle[] = []

  constructor (private readonly config: QueueConfig) {
    this.kafka = new Kafka({ clientId: config.clientId, brokers: config.brokers })
  }

  getProducer<T>(ctx: MeasureContext, topic: QueueTopic | string): PlatformQueueProducer<T> {
    const producer = this.kafka.producer({ allowAutoTopicCreation: true })
    this.producers.push(producer)
    let connected: Promise<void> | undefined
    const topicId = getKafkaTopicId(topic, this.config)
    return {
      send: async (workspace: string, msgs: T[]) => {
        connected = connected ?? producer.connect()
        await connected
        await producer.send({
          topic: topicId,
          messages: msgs.map((m) => ({ key: workspace, value: JSON.stringify(m) }))
        })
      },
      close: async () => { await producer.disconnect() }
    }
  }

  createConsumer<T>(
    ctx: MeasureContext,
    topic: QueueTopic | string,
    groupId: string,
    onMessage: (msg: Array<{ workspace: string, value: T }>) => Promise<void>
  ): ConsumerHandle {
    const consumer = this.kafka.consumer({ groupId: `${groupId}${this.config.postfix}` })
    const topicId = getKafkaTopicId(topic, this.config)
    void (async () => {
      await consumer.connect()
      await consumer.subscribe({ topic: topicId, fromBeginning: false })
      await consumer.run({
        eachBatch: async ({ batch }) => {
          await onMessage(batch.messages.map((m) => ({
            workspace: m.key?.toString() ?? '',
            value: JSON.parse(m.value?.toString() ?? '{}')
          })))
        }
      })
    })().catch((err) => { ctx.error('consumer failed', { topicId, err }) })
    const handle = { close: async () => { await consumer.disconnect() } }
    this.consumers.push(handle)
    return handle
  }

  async shutdown (): Promise<void> {
    await Promise.all(this.producers.map(async (p) => { await p.disconnect() }))
    await Promise.all(this.consumers.map(async (c) => { await c.close() }))
  }
}

export function getPlatformQueue (serviceId: string, region = ''): PlatformQueue {
  const queueConfig = process.env.QUEUE_CONFIG ?? ''
  if (queueConfig === '') {
    throw new Error('Please provide queue config')
  }
  return new PlatformQueueImpl(parseQueueConfig(queueConfig, serviceId, region))
}
