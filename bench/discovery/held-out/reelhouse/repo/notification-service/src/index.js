'use strict'
const { EventEmitter } = require('events')
const server = require('./server/server')
const config = require('./config/')
const mediator = new EventEmitter()

console.log('--- Notification Service ---')

process.on('uncaughtException', (err) => {
  console.error('Unhandled Exception', err)
})

mediator.on('di.ready', (container) => {
  server.start(container)
    .then(app => {
      console.log(`Server started succesfully, running on port: ${container.cradle.serverSettings.port}.`)
      app.on('close', () => {
        container.resolve('mailer').close()
      })
    })
    .catch(err => console.error(err))
})

config.init(mediator)

mediator.emit('init')
