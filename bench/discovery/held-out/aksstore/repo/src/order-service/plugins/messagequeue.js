'use strict'

const fp = require('fastify-plugin')
const { readQueueConfig } = require('./queueconfig')

module.exports = fp(async function (fastify, opts) {
  const cfg = readQueueConfig()

  fastify.decorate('sendMessage', function (message) {
    const body = message.toString()
    fastify.log.info(`sending message ${body} to ${cfg.queueName} on ${cfg.hostname}`)

    if (cfg.useServiceBus) {
      return sendToServiceBus(cfg, body, fastify.log)
    }
    return sendToAmqp(cfg, body, fastify.log)
  })
})

// AMQP 1.0 via rhea – works against RabbitMQ with the rabbitmq_amqp1_0 plugin enabled.
function sendToAmqp (cfg, body, log) {
  const container = require('rhea')

  const connectOptions = {
    hostname: cfg.hostname,
    host: cfg.hostname,
    port: cfg.port,
    transport: cfg.transport,
    reconnect: true,
    reconnect_limit: cfg.reconnectLimit,
    username: cfg.username,
    password: cfg.password
  }

  const connection = container.connect(connectOptions)
  const sender = connection.open_sender(cfg.queueName)
  sender.on('sendable', () => {
    sender.send({ body })
    log.info('message sent')
    sender.close()
    connection.close()
  })
  connection.on('error', (ctx) => log.error(ctx.error))
}

async function sendToServiceBus (cfg, body, log) {
  const { ServiceBusClient } = require('@azure/service-bus')
  const { DefaultAzureCredential } = require('@azure/identity')

  const client = new ServiceBusClient(cfg.hostname, new DefaultAzureCredential())
  const sender = client.createSender(cfg.queueName)
  try {
    await sender.sendMessages({ body: JSON.parse(body) })
    log.info('message sent to service bus')
  } finally {
    await sender.close()
    await client.close()
  }
}
