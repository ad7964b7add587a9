const { createContainer, asValue, asFunction } = require('awilix')
const { makeStripeGateway } = require('../services/stripe')
const models = require('../models')

function initDI ({ serverSettings, dbSettings, database, stripeSettings }, mediator) {
  mediator.once('init', () => {
    mediator.on('db.ready', (db) => {
      const container = createContainer()

      container.register({
        database: asValue(db),
        validate: asValue(models.validate),
        serverSettings: asValue(serverSettings),
        stripeSettings: asValue(stripeSettings),
        stripeGateway: asFunction(makeStripeGateway).singleton()
      })

      mediator.emit('di.ready', container)
    })

    mediator.on('db.error', (err) => mediator.emit('di.error', err))

    database.connect(dbSettings, mediator)

    mediator.emit('boot.ready')
  })
}

module.exports.initDI = initDI
