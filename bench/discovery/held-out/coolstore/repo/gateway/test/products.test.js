'use strict';

process.env.COOLSTORE_GW_CATALOG_URL = 'http://catalog.test';
process.env.COOLSTORE_GW_INVENTORY_URL = 'http://inventory.test';

const nock = require('nock');
const request = require('supertest');
const { expect } = require('chai');
const app = require('../server');

describe('GET /api/products', () => {
  afterEach(() => nock.cleanAll());

  it('merges availability into the product list', async () => {
    nock('http://catalog.test').get('/services/products')
      .reply(200, [{ itemId: '329299', name: 'Tidewater Fleece', price: 34 }]);
    nock('http://inventory.test').get('/services/inventory/329299')
      .reply(200, { itemId: '329299', quantity: 10, location: 'Portland Harbor' });

    const res = await request(app).get('/api/products').expect(200);
    expect(res.body[0].availability.quantity).to.equal(10);
  });
});
