const { test, mock } = require('node:test');
const assert = require('node:assert');

// Keep flagd out of unit tests: point the provider at nothing and stub the client.
process.env.FLAGD_HOST = 'localhost';
process.env.FLAGD_PORT = '8013';

const { OpenFeature } = require('@openfeature/server-sdk');
mock.method(OpenFeature, 'setProviderAndWait', async () => {});
mock.method(OpenFeature, 'getClient', () => ({ getNumberValue: async () => 0 }));

const { charge } = require('../charge');

test('rejects expired cards', async () => {
  await assert.rejects(
    charge({
      amount: { units: 10, nanos: 0, currencyCode: 'USD' },
      creditCard: { creditCardNumber: '4432801561520454', creditCardExpirationYear: 2001, creditCardExpirationMonth: 1 },
    }),
    /expired/
  );
});

test('accepts a valid visa', async () => {
  const { transactionId } = await charge({
    amount: { units: 10, nanos: 0, currencyCode: 'USD' },
    creditCard: { creditCardNumber: '4432801561520454', creditCardExpirationYear: 2039, creditCardExpirationMonth: 1 },
  });
  assert.ok(transactionId);
});
