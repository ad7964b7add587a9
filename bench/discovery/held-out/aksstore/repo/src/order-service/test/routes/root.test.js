'use strict'

const { test } = require('tap')
const { build } = require('../helper')

test('health route', async (t) => {
  const app = await build(t)
  const res = await app.inject({ url: '/health' })
  t.equal(res.statusCode, 200)
  t.same(JSON.parse(res.payload).status, 'ok')
})

test('rejects an empty order', async (t) => {
  const app = await build(t)
  const res = await app.inject({ method: 'POST', url: '/', payload: { customerId: '42', items: [] } })
  t.equal(res.statusCode, 400)
})
