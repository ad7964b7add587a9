'use strict'

const { build: buildApplication } = require('fastify-cli/helper')
const path = require('path')
const AppPath = path.join(__dirname, '..', 'app.js')

// Tests talk to a throwaway RabbitMQ on the developer's machine.
process.env.ORDER_QUEUE_HOSTNAME = process.env.ORDER_QUEUE_HOSTNAME || 'localhost'
process.env.ORDER_QUEUE_PORT = '5672'
process.env.ORDER_QUEUE_USERNAME = 'guest'
process.env.ORDER_QUEUE_PASSWORD = 'guest'
process.env.ORDER_QUEUE_NAME = 'orders-test'

function config () {
  return {}
}

async function build (t) {
  const argv = [AppPath]
  const app = await buildApplication(argv, config())
  t.teardown(() => app.close())
  return app
}

module.exports = { config, build }
