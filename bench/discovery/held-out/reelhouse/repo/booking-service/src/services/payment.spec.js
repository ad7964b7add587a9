/* eslint-env mocha */
const nock = require('nock')
const { makePaymentService } = require('./payment')

describe('payment client', () => {
  const paymentSettings = { url: 'http://payment.test', timeout: 500 }

  afterEach(() => nock.cleanAll())

  it('posts the order to /payment/makePurchase', () => {
    nock('http://payment.test')
      .post('/payment/makePurchase')
      .reply(200, { charge: { id: 'ch_1' } })

    return makePaymentService({ paymentSettings })
      .makePurchase({ amount: 10 })
      .then(res => res.charge.id.should.equal('ch_1'))
  })

  it('wraps downstream failures', () => {
    nock('http://payment.test').post('/payment/makePurchase').reply(402, { error: 'card_declined' })
    return makePaymentService({ paymentSettings })
      .makePurchase({ amount: 10 })
      .should.be.rejectedWith(/payment service/)
  })
})
