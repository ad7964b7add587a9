/* eslint-env mocha */
const request = require('supertest')
const { createContainer, asValue } = require('awilix')
const server = require('../server/server')
const models = require('../models')

describe('Payment API', () => {
  let app = null

  const testRepo = {
    registerPurchase (payment) {
      return Promise.resolve({ charge: { id: 'pi_test_1', status: 'succeeded' }, amount: payment.amount })
    },
    getPurchaseById (id) { return Promise.resolve({ charge: { id } }) }
  }

  beforeEach(() => {
    const container = createContainer()
    container.register({
      validate: asValue(models.validate),
      serverSettings: asValue({ port: 3003, metricsEnabled: false }),
      repo: asValue(testRepo)
    })
    return server.start(container).then(serv => { app = serv })
  })

  afterEach(() => {
    app.close()
    app = null
  })

  it('can make a purchase', (done) => {
    request(app)
      .post('/payment/makePurchase')
      .send({
        paymentOrder: {
          userName: 'Ada Byron',
          currency: 'usd',
          number: '4242424242424242',
          cvc: '123',
          exp_month: 12,
          exp_year: 2030,
          amount: 71,
          description: 'Tickets for Heat Signature'
        }
      })
      .expect(200, done)
  })
})
