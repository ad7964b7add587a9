const { createContainer, asValue, asFunction } = require('awilix')
const { makeMailer } = require('../services/mailer')
const { makeSms } = require('../services/sms')

function initDI ({ serverSettings, smtpSettings, smsSettings }, mediator) {
  mediator.once('init', () => {
    const container = createContainer()

    container.register({
      serverSettings: asValue(serverSettings),
      smtpSettings: asValue(smtpSettings),
      smsSettings: asValue(smsSettings),
      mailer: asFunction(makeMailer).singleton(),
      sms: asFunction(makeSms).singleton()
    })

    mediator.emit('di.ready', container)
  })
}

module.exports.initDI = initDI
