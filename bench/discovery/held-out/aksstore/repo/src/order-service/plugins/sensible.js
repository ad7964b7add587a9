'use strict'

const fp = require('fastify-plugin')

/**
 * Adds httpErrors and a few handy reply helpers.
 * @see https://github.com/fastify/fastify-sensible
 */
module.exports = fp(async function (fastify, opts) {
  fastify.register(require('@fastify/sensible'), {
    errorHandler: false
  })
})
