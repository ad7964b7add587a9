const test = require('node:test');
const assert = require('node:assert');

process.env.GATEWAY_URL = 'http://localhost:18082';
const { reserveStock } = require('../src/inventoryClient');

test('reserveStock is a function', () => {
  assert.strictEqual(typeof reserveStock, 'function');
});
