const assert = require('assert/strict');
const nock = require('nock');
const StripeAPI = require('../../core/server/services/stripe/StripeAPI');

describe('StripeAPI', function () {
    const api = new StripeAPI();

    before(function () {
        api.configure({secretKey: 'sk_test_123', publicKey: 'pk_test_123'});
    });

    it('creates a customer', async function () {
        nock('https://api.stripe.com')
            .post('/v1/customers')
            .reply(200, {id: 'cus_123', object: 'customer', email: 'member@example.com'});

        const customer = await api.createCustomer({email: 'member@example.com'});
        assert.equal(customer.id, 'cus_123');
    });
});
