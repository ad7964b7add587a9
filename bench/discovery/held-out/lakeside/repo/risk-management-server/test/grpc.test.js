'use strict';

const test = require('node:test');
const assert = require('node:assert');
const grpc = require('@grpc/grpc-js');
const { createServer, loadService } = require('../src/server');

// In-process server on an ephemeral port with a fake data manager; no ActiveMQ needed.
test('trigger streams progress and then the report', async () => {
  const fakeData = { all: () => [{ policyType: 'Car Insurance', birthday: null, policyLimit: 10, insurancePremium: 1 }] };
  const server = createServer(fakeData);
  const port = await new Promise((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))));

  const Client = loadService();
  const client = new Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  const replies = [];
  await new Promise((resolve, reject) => {
    const call = client.trigger({});
    call.on('data', (r) => replies.push(r));
    call.on('end', resolve);
    call.on('error', reject);
  });
  client.close();
  server.forceShutdown();

  assert.deepStrictEqual(replies.filter((r) => r.reply === 'progress').map((r) => r.progress), [10, 40, 70, 100]);
  assert.match(replies.at(-1).csvReport, /Car Insurance;unknown;1/);
});
