'use strict'

module.exports = async function (fastify, opts) {
  fastify.post('/', async function (request, reply) {
    const order = request.body
    if (!order || !Array.isArray(order.items) || order.items.length === 0) {
      return reply.badRequest('an order needs at least one item')
    }
    const msg = JSON.stringify({
      orderId: order.orderId,
      customerId: order.customerId,
      items: order.items,
      status: 0
    })
    fastify.sendMessage(Buffer.from(msg))
    reply.code(201)
  })

  fastify.get('/health', async function (request, reply) {
    const appVersion = process.env.APP_VERSION || '0.1.0'
    return { status: 'ok', version: appVersion }
  })
}
