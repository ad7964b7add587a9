'use strict';

const { test, mock } = require('node:test');
const assert = require('node:assert');
const request = require('supertest');

process.env.SECURE_SERVICE_CALLS = 'false';

// Replace the Mongo-backed module with an in-memory fake before the app loads it.
const db = require('../lib/db');
const segments = [{ _id: 'SW0', originPort: 'LHR', destPort: 'JFK', miles: 3451 }];
mock.method(db, 'collection', (name) => ({
  findOne: async (q) => (name === 'flightSegment' ? segments.find((s) => s._id === q._id || (s.originPort === q.originPort && s.destPort === q.destPort)) || null : null),
  find: () => ({ limit: () => ({ toArray: async () => [] }) }),
}));

const { createApp } = require('../app');

test('getrewardmiles applies the long-haul bonus', async () => {
  const res = await request(createApp())
    .post('/flight/getrewardmiles')
    .type('form')
    .send({ flightSegment: 'SW0' });
  assert.strictEqual(res.status, 200);
  assert.strictEqual(res.body.miles, 4314);
});

test('unknown segment is a 404', async () => {
  const res = await request(createApp()).post('/flight/getrewardmiles').type('form').send({ flightSegment: 'nope' });
  assert.strictEqual(res.status, 404);
});
