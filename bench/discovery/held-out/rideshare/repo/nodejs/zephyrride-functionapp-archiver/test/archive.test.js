'use strict';

const test = require('node:test');
const assert = require('node:assert');
const { isFinalEvent, toArchiveDocument } = require('../lib/archive');
const archiver = require('../TripArchiver/index');

function fakeContext() {
  const log = (...args) => log.lines.push(args.join(' '));
  log.lines = [];
  log.verbose = log;
  log.warn = log;
  return { log, bindings: {} };
}

test('only completed and aborted trips are final', () => {
  assert.ok(isFinalEvent('ZephyrRide.Trips.TripCompleted'));
  assert.ok(isFinalEvent('ZephyrRide.Trips.TripAborted'));
  assert.ok(!isFinalEvent('ZephyrRide.Trips.TripRunning'));
});

test('archive document has ttl and trip code', () => {
  const doc = toArchiveDocument({ id: 'e1', eventType: 'ZephyrRide.Trips.TripCompleted', data: { code: 'T1' } }, '2');
  assert.strictEqual(doc.tripCode, 'T1');
  assert.strictEqual(doc.ttl, 172800);
});

test('function sets the output binding for final events', async () => {
  const ctx = fakeContext();
  await archiver(ctx, {
    id: 'evt-1',
    subject: 'trips/T9',
    eventType: 'ZephyrRide.Trips.TripCompleted',
    data: { code: 'T9', passengerCode: 'P1' }
  });
  assert.strictEqual(ctx.bindings.archivedTrip.tripCode, 'T9');
});

test('function ignores running events', async () => {
  const ctx = fakeContext();
  await archiver(ctx, { id: 'evt-2', subject: 'trips/T9', eventType: 'ZephyrRide.Trips.TripRunning', data: { code: 'T9' } });
  assert.strictEqual(ctx.bindings.archivedTrip, undefined);
});
