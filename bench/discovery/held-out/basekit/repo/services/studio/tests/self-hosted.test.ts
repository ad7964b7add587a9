import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, expect, test, vi } from 'vitest'

vi.stubEnv('STUDIO_PG_META_URL', 'http://localhost:8080')

const server = setupServer(
  http.post('http://localhost:8080/query', () => HttpResponse.json([{ one: 1 }]))
)

beforeAll(() => server.listen())
afterAll(() => server.close())

test('executeQuery returns pg-meta rows', async () => {
  const { executeQuery } = await import('../lib/api/self-hosted')
  const { data, error } = await executeQuery('select 1 as one')
  expect(error).toBeUndefined()
  expect(data).toEqual([{ one: 1 }])
})
