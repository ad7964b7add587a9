const { test, mock } = require('node:test')
const assert = require('node:assert')
const fs = require('fs').promises

test('rejects orders without a total', async () => {
  const handler = require('./handler')
  let code
  const ctx = { status (c) { code = c; return this }, fail (b) { return b }, succeed (b) { return b } }
  await handler({ body: { id: 'o-1' } }, ctx)
  assert.strictEqual(code, 400)
})

test('converts and posts', async () => {
  mock.method(fs, 'readFile', async () => 'x')
  const calls = []
  mock.method(global, 'fetch', async (url) => {
    calls.push(url)
    return { ok: true, json: async () => ({ amount: 9.2, currency: 'EUR' }) }
  })
  const handler = require('./handler')
  const ctx = { status () { return this }, fail (b) { return b }, succeed (b) { return b } }
  const res = await handler({ body: { id: 'o-2', total: 10, customer: 'ada' } }, ctx)
  assert.strictEqual(res.notified, true)
  assert.match(calls[0], /\/function\/currency-convert$/)
})
