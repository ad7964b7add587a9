import { createClient } from '@clickhouse/client'

import { defaultConfig } from '../../src/config/config'

// Functional tests assert on rows that landed in ClickHouse via the Kafka engine tables.
export const clickhouse = createClient({
    host: `http://${defaultConfig.CLICKHOUSE_HOST}:8123`,
    database: defaultConfig.CLICKHOUSE_DATABASE,
    username: defaultConfig.CLICKHOUSE_USER,
    password: defaultConfig.CLICKHOUSE_PASSWORD ?? '',
})

export async function fetchEvents(teamId: number): Promise<any[]> {
    const rs = await clickhouse.query({
        query: `SELECT * FROM events WHERE team_id = {teamId:Int64} ORDER BY timestamp`,
        query_params: { teamId },
        format: 'JSONEachRow',
    })
    return await rs.json()
}

export async function resetTestDatabaseClickhouse(): Promise<void> {
    await Promise.all(
        ['events', 'person', 'person_distinct_id2', 'session_replay_events'].map((t) =>
            clickhouse.command({ query: `TRUNCATE TABLE IF EXISTS ${t}` })
        )
    )
}
