'use strict'
// Funcforge node18 template. fwatchdog proxies to this server on 127.0.0.1:3000.
const express = require('express')
const handler = require('./function/handler')

const app = express()
app.use(express.json({ limit: process.env.MAX_JSON_SIZE || '100kb' }))
app.use(express.text({ type: 'text/*' }))

class FunctionContext {
  constructor () { this.statusCode = 200; this.headerValues = {} }
  status (code) { this.statusCode = code; return this }
  headers (h) { this.headerValues = h; return this }
  succeed (v) { this.value = v; return this }
  fail (v) { this.value = v; this.failed = true; return this }
}

app.all('/*', async (req, res) => {
  const ctx = new FunctionContext()
  try {
    await handler({ body: req.body, headers: req.headers, method: req.method, query: req.query, path: req.path }, ctx)
    res.set(ctx.headerValues).status(ctx.statusCode).send(ctx.value)
  } catch (err) {
    console.error(err)
    res.status(500).send(err.toString())
  }
})

app.listen(3000, '127.0.0.1', () => console.log('node18 listening on 127.0.0.1:3000'))
