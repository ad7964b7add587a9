'use strict'

const test = require('node:test')
const assert = require('node:assert')
const { createStore, MemoryStore } = require('../store')

test('v1 uses the in-memory store', async () => {
  const store = createStore({ SERVICE_VERSION: 'v1' })
  assert.ok(store instanceof MemoryStore)
  assert.deepStrictEqual(await store.get(0), { Reviewer1: 5, Reviewer2: 4 })
})

test('v2 picks mysql when asked', () => {
  const store = createStore({
    SERVICE_VERSION: 'v2',
    DB_TYPE: 'mysql',
    MYSQL_DB_HOST: '127.0.0.1',
    MYSQL_DB_PORT: '3306',
    MYSQL_DB_USER: 'root',
    MYSQL_DB_PASSWORD: 'password'
  })
  assert.strictEqual(store.opts.host, '127.0.0.1')
})

test('v2 defaults to mongo', () => {
  const store = createStore({ SERVICE_VERSION: 'v2', MONGO_DB_URL: 'mongodb://localhost:27017/test' })
  assert.strictEqual(store.url, 'mongodb://localhost:27017/test')
})
