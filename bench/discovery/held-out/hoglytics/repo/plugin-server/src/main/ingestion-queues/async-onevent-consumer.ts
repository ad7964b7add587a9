import { KAFKA_EVENTS_JSON } from '../../config/kafka-topics'
import { BatchConsumer, startBatchConsumer } from '../../kafka/batch-consumer'
import { Hub } from '../../types'

// Runs plugin onEvent handlers (webhooks to user-configured URLs, e.g. a team's Slack incoming webhook).
export async function startAsyncOnEventConsumer(hub: Hub): Promise<BatchConsumer> {
    return await startBatchConsumer({
        config: hub,
        groupId: 'clickhouse-plugin-server-async-onevent',
        topic: KAFKA_EVENTS_JSON,
        eachBatch: async (messages) => {
            for (const message of messages) {
                const event = JSON.parse(message.value!.toString())
                const { rows } = await hub.postgres.query(
                    `SELECT id, config FROM posthog_pluginconfig WHERE team_id = $1 AND enabled = true AND config ? 'webhook_url'`,
                    [event.team_id]
                )
                for (const pluginConfig of rows) {
                    await fetch(pluginConfig.config.webhook_url, {
                        method: 'POST',
                        headers: { 'Content-Type': 'application/json' },
                        body: JSON.stringify({ text: `${event.event} by ${event.distinct_id}` }),
                    })
                }
            }
        },
    })
}
