'use strict'

// Central place for everything the queue client needs from the environment.
function readQueueConfig (env = process.env) {
  const hostname = env.ORDER_QUEUE_HOSTNAME
  return {
    hostname,
    port: parseInt(env.ORDER_QUEUE_PORT || '5672', 10),
    username: env.ORDER_QUEUE_USERNAME,
    password: env.ORDER_QUEUE_PASSWORD,
    queueName: env.ORDER_QUEUE_NAME || 'orders',
    transport: env.ORDER_QUEUE_TRANSPORT || 'tcp',
    reconnectLimit: parseInt(env.ORDER_QUEUE_RECONNECT_LIMIT || '0', 10),
    // Azure Service Bus namespaces are addressed by FQDN; anything else is treated as RabbitMQ.
    useServiceBus: (env.USE_WORKLOAD_IDENTITY_AUTH === 'true') ||
      (hostname || '').endsWith('.servicebus.windows.net')
  }
}

module.exports = { readQueueConfig }
