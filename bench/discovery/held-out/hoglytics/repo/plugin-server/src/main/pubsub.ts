import Redis from 'ioredis'

import { PluginsServerConfig } from '../types'
import { createRedis } from '../utils/db/redis'

export type PubSubTaskMap = Record<string, (message: string) => void>

export class PubSub {
    private redisSubscriber?: Redis

    constructor(private serverConfig: PluginsServerConfig, private taskMap: PubSubTaskMap = {}) {}

    public async start(): Promise<void> {
        this.redisSubscriber = await createRedis(this.serverConfig)
        await this.redisSubscriber.subscribe(Object.keys(this.taskMap))
        this.redisSubscriber.on('message', (channel: string, message: string) => {
            const task = this.taskMap[channel]
            if (!task) {
                console.error(`🔴 Received message on unknown pubsub channel ${channel}`)
                return
            }
            void task(message)
        })
    }

    public async stop(): Promise<void> {
        await this.redisSubscriber?.quit()
    }
}
