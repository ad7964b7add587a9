'use strict';

const request = require('supertest');
const { expect } = require('chai');
const app = require('../server');

describe('currency-service', () => {
  it('converts USD to EUR', async () => {
    const res = await request(app).post('/convert').send({ amount: 100, currency: 'EUR' });
    expect(res.status).to.equal(200);
    expect(res.body.amount).to.equal(92);
  });

  it('rejects unknown currencies', async () => {
    const res = await request(app).post('/convert').send({ amount: 1, currency: 'XXX' });
    expect(res.status).to.equal(400);
  });
});
