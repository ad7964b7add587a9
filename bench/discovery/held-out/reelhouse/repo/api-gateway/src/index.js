'use strict'
const server = require('./server/server')
const { serverSettings, discovery, routes, readCerts } = require('./config/config')

console.log('--- Reelhouse API Gateway ---')

const resolveRoutes = () => {
  if (discovery.mode === 'docker') {
    const { discoverRoutes } = require('./docker/discovery')
    return discoverRoutes(discovery)
  }
  return Promise.resolve(routes)
}

process.on('uncaughtException', (err) => {
  console.error('Unhandled Exception', err)
})

resolveRoutes()
  .then(table => server.start({
    port: serverSettings.port,
    routes: table,
    tls: serverSettings.useTLS ? readCerts() : null
  }))
  .then(() => {
    console.log(`Gateway listening on port ${serverSettings.port}`)
  })
  .catch(err => {
    console.error('Gateway failed to start', err)
    process.exit(1)
  })
