const { createContainer, asValue, asFunction } = require('awilix')
const { makePaymentService } = require('../services/payment')
const { makeNotificationService } = require('../services/notification')

function initDI ({ serverSettings, dbSettings, database, paymentSettings, notificationSettings, models }, mediator) {
  mediator.once('init', () => {
    mediator.on('db.ready', (db) => {
      const container = createContainer()

      container.register({
        database: asValue(db),
        validate: asValue(models.validate),
        booking: asValue(models.booking),
        user: asValue(models.user),
        ticket: asValue(models.ticket),
        serverSettings: asValue(serverSettings),
        paymentSettings: asValue(paymentSettings),
        notificationSettings: asValue(notificationSettings),
        paymentService: asFunction(makePaymentService).singleton(),
        notificationService: asFunction(makeNotificationService).singleton()
      })

      mediator.emit('di.ready', container)
    })

    mediator.on('db.error', (err) => mediator.emit('di.error', err))

    database.connect(dbSettings, mediator)

    mediator.emit('boot.ready')
  })
}

module.exports.initDI = initDI
