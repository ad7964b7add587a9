'use strict';

const test = require('node:test');
const assert = require('node:assert');
const { serverAddress } = require('../options');

test('defaults to localhost', () => {
  assert.strictEqual(serverAddress({}, {}), 'localhost:50051');
});

test('environment overrides default', () => {
  assert.strictEqual(serverAddress({}, { RISK_SERVER_HOST: 'risk.internal', RISK_SERVER_PORT: '6000' }), 'risk.internal:6000');
});

test('flags override environment', () => {
  assert.strictEqual(serverAddress({ host: 'h', port: '1' }, { RISK_SERVER_HOST: 'x' }), 'h:1');
});
