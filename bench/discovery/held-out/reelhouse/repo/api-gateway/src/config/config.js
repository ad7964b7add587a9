const fs = require('fs')
const path = require('path')

const serverSettings = {
  port: process.env.PORT || 8080,
  ssl: {
    key: process.env.SSL_KEY_PATH || path.join(__dirname, 'ssl', 'server.key'),
    cert: process.env.SSL_CERT_PATH || path.join(__dirname, 'ssl', 'server.crt')
  },
  useTLS: process.env.USE_TLS === 'true'
}

// 'static' (default, what compose and the swarm scripts use) reads the route
// table below. 'docker' asks the local docker daemon for containers labelled
// reelhouse.route=... - only ever used on the original docker-machine demo box.
const discovery = {
  mode: process.env.ROUTE_DISCOVERY || 'static',
  dockerSocket: process.env.DOCKER_SOCKET || '/var/run/docker.sock'
}

// Public routes only. payment-service and notification-service are internal
// and are reached exclusively by booking-service.
const routes = {
  '/movies': process.env.MOVIES_SERVICE_URL || 'http://localhost:3000',
  '/cinemas': process.env.CINEMA_CATALOG_SERVICE_URL || 'http://localhost:3001',
  '/booking': process.env.BOOKING_SERVICE_URL || 'http://localhost:3002'
  // '/payment': process.env.PAYMENT_SERVICE_URL || 'http://localhost:3003',
  // '/notification': process.env.NOTIFICATION_SERVICE_URL || 'http://localhost:3004'
}

const readCerts = () => ({
  key: fs.readFileSync(serverSettings.ssl.key),
  cert: fs.readFileSync(serverSettings.ssl.cert)
})

module.exports = Object.assign({}, { serverSettings, discovery, routes, readCerts })
