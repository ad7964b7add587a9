// Needs a Redis on localhost; the catalogue is mocked with nock.
process.env.REDIS_HOST = process.env.REDIS_HOST || 'localhost';
process.env.CATALOGUE_HOST = 'catalogue.test';
process.env.CART_SERVER_PORT = '18081';

const nock = require('nock');
const request = require('supertest');
const { expect } = require('chai');

describe('cart', function () {
    this.timeout(10000);
    let app;

    before(() => {
        app = require('../server');
    });

    afterEach(() => nock.cleanAll());

    it('adds a product to a new cart', async () => {
        nock('http://catalogue.test:8080')
            .get('/product/BB-1')
            .reply(200, { sku: 'BB-1', name: 'Test Bot', price: 100, instock: 5 });

        const res = await request(app).get('/add/test-user-1/BB-1/2');
        expect(res.status).to.equal(200);
        expect(res.body.total).to.equal(200);
        expect(res.body.items).to.have.length(1);
    });

    it('refuses unknown products', async () => {
        nock('http://catalogue.test:8080').get('/product/NOPE').reply(404, 'SKU not found');
        const res = await request(app).get('/add/test-user-1/NOPE/1');
        expect(res.status).to.equal(404);
    });

    it('rejects a zero quantity', async () => {
        const res = await request(app).get('/add/test-user-1/BB-1/0');
        expect(res.status).to.equal(400);
    });
});
