import { afterAll, expect, test } from 'vitest'
import { init } from '../src/lib/db.js'

// test/db/docker-compose.yml exposes postgres on 5432
const db = init({ connectionString: 'postgres://postgres:postgres@localhost:5432/postgres', max: 1 })

afterAll(async () => {
  await db.end()
})

test('select 1', async () => {
  const res = await db.query('select 1 as one')
  expect(res).toMatchObject({ data: [{ one: 1 }], error: null })
})
