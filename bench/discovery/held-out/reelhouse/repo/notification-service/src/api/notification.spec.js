/* eslint-env mocha */
const request = require('supertest')
const nodemailer = require('nodemailer')
const { createContainer, asValue, asFunction } = require('awilix')
const server = require('../server/server')
const { makeMailer } = require('../services/mailer')
const { makeSms } = require('../services/sms')

describe('Notification API', () => {
  let app = null

  beforeEach(() => {
    // nodemailer's stream transport builds the message but never opens a socket
    const original = nodemailer.createTransport
    nodemailer.createTransport = () => original({ streamTransport: true, buffer: true })

    const container = createContainer()
    container.register({
      serverSettings: asValue({ port: 3004, metricsEnabled: false }),
      smtpSettings: asValue({ host: 'smtp.test.local', port: 25, from: 'test@reelhouse.example' }),
      smsSettings: asValue({ enabled: false }),
      mailer: asFunction(makeMailer).singleton(),
      sms: asFunction(makeSms).singleton()
    })

    return server.start(container).then(serv => {
      app = serv
      nodemailer.createTransport = original
    })
  })

  afterEach(() => {
    app.close()
    app = null
  })

  it('can send an email ticket', (done) => {
    const payload = {
      city: 'Riverside',
      userType: 'loyal',
      totalAmount: 71,
      cinema: { name: 'Reelhouse Riverside', room: '1', seats: '53, 54' },
      movie: { title: 'Heat Signature', format: 'IMAX', schedule: new Date() },
      orderId: '1aa90cx',
      description: 'some description',
      user: { name: 'Ada Byron', email: 'ada@example.com' }
    }

    request(app)
      .post('/notification/sendEmail')
      .send({ payload })
      .expect(200, done)
  })

  it('sms is a no-op while the feature flag is off', (done) => {
    request(app)
      .post('/notification/sendSMS')
      .send({ payload: {} })
      .expect(res => res.body.skipped.should.equal(true))
      .expect(200, done)
  })
})
