// Loaded before every test file (mocha --require)
process.env.NODE_ENV = process.env.NODE_ENV || 'testing';
process.env.WEBHOOK_SECRET = process.env.WEBHOOK_SECRET || 'TEST_STRIPE_WEBHOOK_SECRET';

const nock = require('nock');
// No real network in tests, except the test server itself
nock.disableNetConnect();
nock.enableNetConnect(/127\.0\.0\.1|localhost/);
