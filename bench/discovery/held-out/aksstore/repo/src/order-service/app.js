'use strict'

const path = require('path')
const AutoLoad = require('@fastify/autoload')

// load .env for local development; in the cluster variables come from the ConfigMap
require('dotenv').config()

module.exports.options = {}

module.exports = async function (fastify, opts) {
  fastify.register(require('@fastify/cors'), {
    origin: '*',
    methods: ['POST']
  })

  fastify.register(AutoLoad, {
    dir: path.join(__dirname, 'plugins'),
    options: Object.assign({}, opts)
  })

  fastify.register(AutoLoad, {
    dir: path.join(__dirname, 'routes'),
    options: Object.assign({}, opts)
  })
}
