'use strict'

const { createClient } = require('redis')

const client = createClient({ url: process.env.REDIS_URL || 'redis://localhost:6379' })
client.on('error', (err) => console.error('redis error', err))
client.connect().catch(() => {})

async function cached (key, ttl, fn) {
  const hit = await client.get(key).catch(() => null)
  if (hit) return JSON.parse(hit)
  const value = await fn()
  await client.set(key, JSON.stringify(value), { EX: ttl }).catch(() => {})
  return value
}

module.exports = { cached }
