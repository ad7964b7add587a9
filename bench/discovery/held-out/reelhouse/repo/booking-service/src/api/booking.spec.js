/* eslint-env mocha */
const request = require('supertest')
const sinon = require('sinon')
const { createContainer, asValue } = require('awilix')
const server = require('../server/server')
const models = require('../models')

describe('Booking API', () => {
  let app = null
  let paymentService
  let notificationService

  const testRepo = {
    makeBooking (user, booking) { return Promise.resolve(booking) },
    generateTicket (paid, booking) { return Promise.resolve(Object.assign({}, booking, { orderId: 'ch_test_123' })) },
    getOrderById (orderId) { return Promise.resolve({ orderId }) }
  }

  beforeEach(() => {
    // never touch the real payment-service / notification-service from unit tests
    paymentService = { makePurchase: sinon.stub().resolves({ charge: { id: 'ch_test_123' }, description: 'test' }) }
    notificationService = { sendEmail: sinon.stub().resolves({ sent: true }) }

    const container = createContainer()
    container.register({
      validate: asValue(models.validate),
      serverSettings: asValue({ port: 3002, metricsEnabled: false }),
      repo: asValue(testRepo),
      paymentService: asValue(paymentService),
      notificationService: asValue(notificationService)
    })

    return server.start(container).then(serv => { app = serv })
  })

  afterEach(() => {
    app.close()
    app = null
  })

  it('can make a booking and return a ticket(s) with status code 200', (done) => {
    const now = new Date()
    now.setDate(now.getDate() + 1)

    const user = {
      name: 'Ada',
      lastName: 'Byron',
      email: 'ada@example.com',
      creditCard: {
        number: '4242424242424242',
        cvc: '123',
        exp_month: 7,
        exp_year: 2030
      },
      membership: '7777888899990000'
    }

    const booking = {
      city: 'Riverside',
      cinema: 'Reelhouse Riverside',
      movie: 'Heat Signature',
      schedule: now,
      cinemaRoom: 7,
      seats: ['45'],
      totalAmount: 71
    }

    request(app)
      .post('/booking')
      .send({ user, booking })
      .expect(() => {
        sinon.assert.calledOnce(paymentService.makePurchase)
        sinon.assert.calledOnce(notificationService.sendEmail)
      })
      .expect(200, done)
  })

  it('can verify an order', (done) => {
    request(app)
      .get('/booking/verify/5e9e1b0f6b5c2a3d4c1e0a11')
      .expect(200, done)
  })
})
