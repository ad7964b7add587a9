'use strict'

process.env.NODE_ENV = 'test'
process.env.OPBEANS_SERVICES = 'http://localhost:4999'

const test = require('tape')
const { urlFor } = require('../lib/dt')

test('urlFor builds peer URLs', (t) => {
  t.equal(urlFor('opbrew-go', '/api/stats'), 'http://opbrew-go:8000/api/stats')
  t.equal(urlFor('http://localhost:4999/', '/api/x'), 'http://localhost:4999/api/x')
  t.end()
})
