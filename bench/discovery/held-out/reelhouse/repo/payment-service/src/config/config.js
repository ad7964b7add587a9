// Local defaults point at a single mongod on the developer's machine.
// In swarm / compose every one of these is overridden through env vars.
const dbSettings = {
  db: process.env.DB || 'reel_payment',
  user: process.env.DB_USER || 'reelhouse',
  pass: process.env.DB_PASS || 'changeme',
  repl: process.env.DB_REPLS || 'rs0',
  authSource: process.env.DB_AUTH_SOURCE || 'admin',
  servers: (process.env.DB_SERVERS) ? process.env.DB_SERVERS.split(' ') : [
    'localhost:27017'
  ]
}

const serverSettings = {
  port: process.env.PORT || 3003,
  metricsEnabled: process.env.METRICS_ENABLED !== 'false'
}

const fromFile = (file) => file ? require('fs').readFileSync(file, 'utf8').trim() : undefined

const stripeSettings = {
  secret: fromFile(process.env.STRIPE_SECRET_FILE) || process.env.STRIPE_SECRET || 'sk_test_placeholder',
  apiVersion: process.env.STRIPE_API_VERSION || '2020-08-27',
  currency: process.env.STRIPE_CURRENCY || 'usd'
}

module.exports = Object.assign({}, { dbSettings, serverSettings, stripeSettings })
