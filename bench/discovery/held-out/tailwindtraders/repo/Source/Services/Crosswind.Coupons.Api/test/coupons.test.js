'use strict';

const { expect } = require('chai');
const sinon = require('sinon');
const request = require('supertest');

process.env.MONGO_CONNECTION = 'mongodb://localhost:27017/cwt-coupons-test';

const db = require('../src/db');
const app = require('../src/server');

describe('GET /v1/coupon', () => {
  afterEach(() => sinon.restore());

  it('returns public coupons when anonymous', async () => {
    const fakeCollection = {
      find: () => ({ toArray: async () => [{ _id: 1, code: 'WINDY10', discount: 10 }] }),
    };
    sinon.stub(db, 'coupons').resolves(fakeCollection);

    const res = await request(app).get('/v1/coupon');
    expect(res.status).to.equal(200);
    expect(res.body[0].code).to.equal('WINDY10');
  });

  it('liveness is always up', async () => {
    const res = await request(app).get('/liveness');
    expect(res.text).to.equal('Healthy');
  });
});
