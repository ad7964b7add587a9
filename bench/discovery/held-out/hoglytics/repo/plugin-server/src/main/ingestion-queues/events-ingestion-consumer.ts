import { Message } from 'node-rdkafka'
import { DateTime } from 'luxon'

import { KAFKA_EVENTS_JSON, KAFKA_PERSON } from '../../config/kafka-topics'
import { BatchConsumer, startBatchConsumer } from '../../kafka/batch-consumer'
import { Hub } from '../../types'
import { fetchTeamByToken } from '../../utils/db/postgres'
import { withRedis } from '../../utils/db/redis'

interface RawEvent {
    uuid: string
    distinct_id: string
    token: string
    data: string
    now: string
}

async function upsertPerson(hub: Hub, teamId: number, distinctId: string, properties: Record<string, any>) {
    // person locks live in Redis so two partitions don't create the same person twice
    return await withRedis(hub.redisPool, async (redis) => {
        const lockKey = `person-lock:${teamId}:${distinctId}`
        await redis.set(lockKey, '1', 'EX', 10, 'NX')
        const { rows } = await hub.postgres.query(
            `INSERT INTO posthog_person (uuid, team_id, properties, is_identified, version, created_at)
             VALUES (gen_random_uuid(), $1, $2, false, 0, now())
             ON CONFLICT DO NOTHING RETURNING uuid, version, created_at`,
            [teamId, JSON.stringify(properties)]
        )
        const person = rows[0]
        if (person) {
            await hub.kafkaProducer.queueJson(KAFKA_PERSON, person.uuid, {
                id: person.uuid,
                team_id: teamId,
                properties: JSON.stringify(properties),
                version: person.version,
            })
        }
        await redis.del(lockKey)
        return person
    })
}

export async function eachBatchIngestion(hub: Hub, messages: Message[]): Promise<void> {
    for (const message of messages) {
        const raw = JSON.parse(message.value!.toString()) as RawEvent
        const team = await fetchTeamByToken(hub.postgres, raw.token)
        if (!team) continue
        const event = JSON.parse(raw.data)
        const person = await upsertPerson(hub, team.id, raw.distinct_id, event.$set ?? {})
        await hub.kafkaProducer.queueJson(KAFKA_EVENTS_JSON, raw.uuid, {
            uuid: raw.uuid,
            event: event.event,
            properties: JSON.stringify(event.properties ?? {}),
            timestamp: DateTime.fromISO(event.timestamp ?? raw.now).toUTC().toFormat('yyyy-MM-dd HH:mm:ss.u'),
            team_id: team.id,
            distinct_id: raw.distinct_id,
            person_id: person?.uuid,
            created_at: DateTime.utc().toFormat('yyyy-MM-dd HH:mm:ss.u'),
        })
    }
}

export async function startEventsIngestionConsumer(hub: Hub, overflow = false): Promise<BatchConsumer> {
    const topic = overflow ? hub.KAFKA_CONSUMPTION_OVERFLOW_TOPIC! : hub.KAFKA_CONSUMPTION_TOPIC!
    return await startBatchConsumer({
        config: hub,
        groupId: overflow ? 'clickhouse-ingestion-overflow' : 'clickhouse-ingestion',
        topic,
        eachBatch: (messages) => eachBatchIngestion(hub, messages),
    })
}
