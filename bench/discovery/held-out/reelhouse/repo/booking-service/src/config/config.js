// Local defaults point at a single mongod on the developer's machine.
// In swarm / compose every one of these is overridden through env vars.
const dbSettings = {
  db: process.env.DB || 'reel_booking',
  user: process.env.DB_USER || 'reelhouse',
  pass: process.env.DB_PASS || 'changeme',
  repl: process.env.DB_REPLS || 'rs0',
  authSource: process.env.DB_AUTH_SOURCE || 'admin',
  servers: (process.env.DB_SERVERS) ? process.env.DB_SERVERS.split(' ') : [
    'localhost:27017'
  ]
}

const serverSettings = {
  port: process.env.PORT || 3002,
  metricsEnabled: process.env.METRICS_ENABLED !== 'false'
}

// Downstream services. booking-service is the only caller of payment and notification.
const paymentSettings = {
  url: process.env.PAYMENT_SERVICE_URL || 'http://localhost:3003',
  timeout: parseInt(process.env.PAYMENT_TIMEOUT_MS || '5000', 10)
}

const notificationSettings = {
  url: process.env.NOTIFICATION_SERVICE_URL || 'http://localhost:3004',
  timeout: parseInt(process.env.NOTIFICATION_TIMEOUT_MS || '3000', 10)
}

// Loyalty points were planned for v2 but the service was never built.
// const loyaltySettings = {
//   url: process.env.LOYALTY_SERVICE_URL || 'http://loyalty-service:3005'
// }

module.exports = Object.assign({}, {
  dbSettings,
  serverSettings,
  paymentSettings,
  notificationSettings
})
