// Local defaults point at a single mongod on the developer's machine.
// In swarm / compose every one of these is overridden through env vars.
const dbSettings = {
  db: process.env.DB || 'reel_movies',
  user: process.env.DB_USER || 'reelhouse',
  pass: process.env.DB_PASS || 'changeme',
  repl: process.env.DB_REPLS || 'rs0',
  authSource: process.env.DB_AUTH_SOURCE || 'admin',
  servers: (process.env.DB_SERVERS) ? process.env.DB_SERVERS.split(' ') : [
    'localhost:27017'
  ]
}

const serverSettings = {
  port: process.env.PORT || 3000,
  metricsEnabled: process.env.METRICS_ENABLED !== 'false'
}

module.exports = Object.assign({}, { dbSettings, serverSettings })
