const express = require('express')
const morgan = require('morgan')
const helmet = require('helmet')
const bodyparser = require('body-parser')
const promBundle = require('express-prom-bundle')
const api = require('../api/booking')

const start = (container) => {
  return new Promise((resolve, reject) => {
    const { port, metricsEnabled } = container.resolve('serverSettings')
    const repo = container.resolve('repo')

    if (!repo) {
      reject(new Error('The server must be started with a connected repository'))
    }
    if (!port) {
      reject(new Error('The server must be started with an available port'))
    }

    const app = express()
    app.use(morgan('dev'))
    app.use(bodyparser.json())
    app.use(helmet())
    if (metricsEnabled) {
      // exposes /metrics for the prometheus scraper, nothing is pushed anywhere
      app.use(promBundle({ includeMethod: true, includePath: true }))
    }
    app.use((err, req, res, next) => {
      reject(new Error('Something went wrong!, err:' + err))
      res.status(500).send('Something went wrong!')
      next()
    })

    app.get('/health', (req, res) => res.status(200).json({ status: 'UP' }))

    api(app, container)

    const server = app.listen(port, () => resolve(server))
  })
}

module.exports = Object.assign({}, { start })
