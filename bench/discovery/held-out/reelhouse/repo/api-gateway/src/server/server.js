'use strict'
const express = require('express')
const https = require('https')
const morgan = require('morgan')
const helmet = require('helmet')
const promBundle = require('express-prom-bundle')
const { createProxyMiddleware } = require('http-proxy-middleware')

const start = ({ port, routes, tls }) => {
  return new Promise((resolve, reject) => {
    if (!routes || Object.keys(routes).length === 0) {
      reject(new Error('The gateway must be started with at least one route'))
    }
    if (!port) {
      reject(new Error('The server must be started with an available port'))
    }

    const app = express()
    app.use(morgan('dev'))
    app.use(helmet())
    app.use(promBundle({ includeMethod: true, includePath: false }))

    app.get('/health', (req, res) => res.json({ status: 'UP', routes: Object.keys(routes) }))

    for (const prefix of Object.keys(routes)) {
      const target = routes[prefix]
      console.log(`proxy ${prefix} -> ${target}`)
      app.use(prefix, createProxyMiddleware({
        target,
        changeOrigin: true,
        pathRewrite: (path, req) => req.originalUrl,
        proxyTimeout: 10000,
        logLevel: 'warn'
      }))
    }

    const server = tls
      ? https.createServer(tls, app).listen(port, () => resolve(server))
      : app.listen(port, () => resolve(server))
  })
}

module.exports = Object.assign({}, { start })
